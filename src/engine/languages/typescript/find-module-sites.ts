import type { SyntaxNode } from "../../parse/syntax-node.js";
import type { DefinitionSite } from "./definition-site.js";
import { statementSites } from "./statement-sites.js";

/**
 * The block definitions among the statements of a file or namespace body, in source order: its
 * declarations, and the function and class declarations nested in its other statements (inside
 * an `if`, a `test("…", () => { … })` callback). Statements inside an ERROR node are still
 * statements of this scope, so the definitions that parsed survive a syntax error.
 */
export function findModuleSites(container: SyntaxNode): DefinitionSite[] {
  const found: DefinitionSite[] = [];
  for (const statement of container.namedChildren) if (statement) found.push(...moduleStatementSites(statement));
  return found;
}

/** The block definitions of one statement of a file or namespace body (see findModuleSites). */
export function moduleStatementSites(statement: SyntaxNode): DefinitionSite[] {
  return statement.type === "ERROR" ? findModuleSites(statement) : statementSites(statement);
}
