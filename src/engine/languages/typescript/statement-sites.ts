import type { Node } from "web-tree-sitter";
import { commonJsSite } from "./commonjs-site.js";
import { declarationSite } from "./declaration-site.js";
import type { DefinitionSite, OuterRange } from "./definition-site.js";
import { valueSite } from "./value-site.js";
import { variableSites } from "./variable-sites.js";

function listOf(site: DefinitionSite | undefined): DefinitionSite[] | undefined {
  return site ? [site] : undefined;
}

function exportSites(statement: Node, outer: OuterRange): DefinitionSite[] | undefined {
  const declaration = statement.childForFieldName("declaration");
  if (declaration) return statementSites(declaration, outer);
  // `export default function () {}`, `export default class {}`, `export default () => …`
  return listOf(valueSite(statement.childForFieldName("value"), "default", outer));
}

function ambientSites(statement: Node, outer: OuterRange): DefinitionSite[] | undefined {
  const inner = statement.firstNamedChild;
  if (!inner) return undefined;
  if (inner.type !== "statement_block") return statementSites(inner, outer);
  // `declare global { … }` has only a keyword and a block: a namespace named `global`.
  return [{ name: "global", kind: "class", start: outer.startIndex, end: outer.endIndex, body: inner, scope: "namespace" }];
}

function expressionSites(statement: Node, outer: OuterRange): DefinitionSite[] | undefined {
  const inner = statement.firstNamedChild;
  // The grammar parses a statement-level `namespace N { … }` as an expression statement.
  if (inner?.type === "internal_module") return listOf(declarationSite(inner, outer));
  if (inner?.type === "assignment_expression") return listOf(commonJsSite(inner, outer));
  return undefined;
}

/**
 * The definitions one statement of a file or namespace makes, seen through `export`,
 * `export default` and `declare`, each spanning the whole statement. Undefined when the statement
 * is no definition (a call, an import, a plain `const`), so that the caller searches inside it.
 */
export function statementSites(statement: Node, outer: OuterRange = statement): DefinitionSite[] | undefined {
  switch (statement.type) {
    case "export_statement":
      return exportSites(statement, outer);
    case "ambient_declaration":
      return ambientSites(statement, outer);
    case "expression_statement":
      return expressionSites(statement, outer);
    case "lexical_declaration":
    case "variable_declaration":
      return variableSites(statement, outer);
    default:
      return listOf(declarationSite(statement, outer));
  }
}
