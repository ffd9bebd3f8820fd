import type { SyntaxNode } from "../../parse/syntax-node.js";
import { declarationIndex } from "./declaration-index.js";
import type { DefinitionSite } from "./definition-site.js";
import { nestedDeclarationSite } from "./declaration-site.js";

/** Nodes that cannot contain a declaration, common enough to be worth recognising. */
const HOLDS_NO_CODE: ReadonlySet<string> = new Set([
  "comment",
  "import_statement",
  "hash_bang_line",
  "empty_statement",
  "identifier",
  "string",
  "number",
  "regex",
  "true",
  "false",
  "null",
  "undefined",
]);

/**
 * False when `node`'s text has neither `function` nor `class`: every nestable declaration has its
 * keyword (unless a syntax error made one up), and the index walks the whole tree to find them.
 */
function mayHoldDeclaration(node: SyntaxNode): boolean {
  if (node.tree.hasError) return true;
  const text = node.text;
  return text.includes("function") || text.includes("class");
}

/**
 * The outermost function and class declarations anywhere below `node` — in nested blocks, in
 * callbacks (`test("…", () => { function helper() {} })`), in JSX — in source order; what is inside
 * them is theirs. A nameless declaration (error recovery) is no block, so the ones inside it count.
 */
export function findNestedSites(node: SyntaxNode): DefinitionSite[] {
  // Skipping what cannot hold a declaration spares a declaration-only file (.d.ts) the index query.
  if (HOLDS_NO_CODE.has(node.type) || !mayHoldDeclaration(node)) return [];
  // `node` itself is never a candidate: callers pass bodies and statements that are no site.
  return declarationIndex(node.tree).outermost(node.startIndex, node.endIndex, (candidate) =>
    candidate.id === node.id ? undefined : nestedDeclarationSite(candidate),
  );
}
