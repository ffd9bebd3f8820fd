import type { SyntaxNode } from "../../parse/syntax-node.js";
import type { DefinitionSite, OuterRange } from "./definition-site.js";
import { findNestedSites } from "./find-nested-sites.js";
import { valueSite } from "./value-site.js";

/**
 * The definitions of a `const`/`let`/`var` statement in a file or namespace scope: a declarator
 * whose value is a function (`const name = (…) => …`, `= function …`) or class expression is a
 * block named after the variable. With one declarator the block spans the whole statement
 * (`export const` included); with several, each spans its own declarator and the keyword stays in
 * the enclosing block. Other values are searched for nested declarations.
 */
export function variableSites(statement: SyntaxNode, outer: OuterRange): DefinitionSite[] {
  const declarators = statement.namedChildren.filter((child): child is SyntaxNode => child?.type === "variable_declarator");
  const found: DefinitionSite[] = [];
  for (const declarator of declarators) {
    const nameNode = declarator.childForFieldName("name");
    // Destructuring (`const { a } = …`) binds no single name to call.
    const name = nameNode?.type === "identifier" ? nameNode.text : "";
    const range = declarators.length === 1 ? outer : declarator;
    const value = declarator.childForFieldName("value");
    const site = valueSite(value, name, range);
    if (site) found.push(site);
    else if (value) found.push(...findNestedSites(value));
  }
  return found;
}
