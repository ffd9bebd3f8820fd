import type { Node } from "web-tree-sitter";
import type { ModuleEntry } from "../../../classify/contract.js";
import { collapse, namedChildrenOf } from "../../../classify/syntax/children.js";

/** Compound statements whose bodies are still module level (`if TYPE_CHECKING:`, `try: import x`). */
const TRANSPARENT = new Set(["if_statement", "elif_clause", "else_clause", "try_statement", "except_clause", "finally_clause", "with_statement", "block"]);

function importEntries(statement: Node): ModuleEntry[] {
  const from = statement.childForFieldName("module_name");
  const source = from ? collapse(from.text) : undefined;
  const entries: ModuleEntry[] = [];
  for (const child of namedChildrenOf(statement)) {
    if (child.id === from?.id) continue;
    if (child.type === "wildcard_import") {
      entries.push({ kind: "import", name: `${source ?? ""}.*`, source, text: `from ${source ?? ""} import *` });
    } else if (child.type === "dotted_name" || child.type === "aliased_import") {
      const original = collapse((child.type === "aliased_import" ? child.childForFieldName("name") : child)?.text ?? "");
      const alias = child.type === "aliased_import" ? child.childForFieldName("alias")?.text : undefined;
      const imported = collapse(child.text);
      entries.push({ kind: "import", name: alias ?? original, source: source ?? original, text: source ? `from ${source} import ${imported}` : `import ${imported}` });
    }
  }
  return entries;
}

function globalEntries(statement: Node): ModuleEntry[] {
  const assignment = namedChildrenOf(statement)[0];
  if (assignment?.type !== "assignment") return [];
  const left = assignment.childForFieldName("left");
  const names = left?.type === "identifier" ? [left] : left && (left.type === "pattern_list" || left.type === "tuple_pattern") ? namedChildrenOf(left) : [];
  return names.filter((name) => name.type === "identifier").map((name) => ({ kind: "global", name: name.text, text: collapse(statement.text) }));
}

/** The names a Python module's own statements bind: imports and module-level assignments. */
export function readPythonModule(root: Node): ModuleEntry[] {
  const entries: ModuleEntry[] = [];
  const pending = namedChildrenOf(root).reverse();
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.type === "import_statement" || node.type === "import_from_statement") entries.push(...importEntries(node));
    else if (node.type === "expression_statement") entries.push(...globalEntries(node));
    else if (TRANSPARENT.has(node.type)) pending.push(...namedChildrenOf(node).reverse());
  }
  return entries;
}
