import type { SyntaxNode } from "../../parse/syntax-node.js";
import { commonJsSite } from "./commonjs-site.js";
import { declarationSite } from "./declaration-site.js";
import type { DefinitionSite, OuterRange } from "./definition-site.js";
import { findNestedSites } from "./find-nested-sites.js";
import { valueSite } from "./value-site.js";
import { variableSites } from "./variable-sites.js";

/** The value's own definition when it is a function or class, else the declarations nested in it. */
function boundValueSites(value: SyntaxNode | null, name: string, outer: OuterRange): DefinitionSite[] {
  if (!value) return [];
  const site = valueSite(value, name, outer);
  return site ? [site] : findNestedSites(value);
}

function exportSites(statement: SyntaxNode, outer: OuterRange): DefinitionSite[] {
  const declaration = statement.childForFieldName("declaration");
  if (declaration) return statementSites(declaration, outer);
  // `export default function () {}`, `export default class {}`, `export default () => …`
  return boundValueSites(statement.childForFieldName("value"), "default", outer);
}

function ambientSites(statement: SyntaxNode, outer: OuterRange): DefinitionSite[] {
  const inner = statement.firstNamedChild;
  if (!inner) return [];
  if (inner.type !== "statement_block") return statementSites(inner, outer);
  // `declare global { … }` has only a keyword and a block: a namespace named `global`.
  return [{ name: "global", kind: "class", start: outer.startIndex, end: outer.endIndex, body: inner, scope: "namespace" }];
}

function expressionSites(statement: SyntaxNode, outer: OuterRange): DefinitionSite[] {
  const inner = statement.firstNamedChild;
  // The grammar parses a statement-level `namespace N { … }` as an expression statement.
  const site =
    inner?.type === "internal_module" ? declarationSite(inner, outer)
    : inner?.type === "assignment_expression" ? commonJsSite(inner, outer)
    : undefined;
  return site ? [site] : findNestedSites(statement);
}

/**
 * The definitions one statement of a file or namespace makes, seen through `export`,
 * `export default` and `declare`, each spanning the whole statement; for a statement that is no
 * definition (a call, an `if`, a plain `const`), the function and class declarations inside it.
 */
export function statementSites(statement: SyntaxNode, outer: OuterRange = statement): DefinitionSite[] {
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
    default: {
      const site = declarationSite(statement, outer);
      return site ? [site] : findNestedSites(statement);
    }
  }
}
