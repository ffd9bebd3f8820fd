import type { SyntaxNode } from "../../../parse/syntax-node.js";
import type { ImportFact } from "../../../graph/facts.js";

function compact(node: SyntaxNode): string {
  return node.text.replace(/\s+/g, "");
}

/** `import a.b.c` binds `a` (the package, whose submodules are reached by attribute); `import a.b as c` binds `c` to `a.b`. */
function moduleImports(statement: SyntaxNode, line: number): ImportFact[] {
  const facts: ImportFact[] = [];
  for (const name of statement.childrenForFieldName("name")) {
    if (!name) continue;
    if (name.type === "aliased_import") {
      const dotted = name.childForFieldName("name");
      const alias = name.childForFieldName("alias");
      if (dotted && alias) facts.push({ kind: "module", specifier: compact(dotted), names: [{ imported: compact(dotted), local: alias.text }], line });
    } else if (name.type === "dotted_name") {
      const head = name.namedChild(0)?.text;
      if (head) facts.push({ kind: "module", specifier: head, names: [{ imported: head, local: head }], line });
    }
  }
  return facts;
}

/** `from m import a as b, c`, `from . import x`, `from ..pkg import *`. */
function fromImport(statement: SyntaxNode, line: number): ImportFact[] {
  const module = statement.childForFieldName("module_name");
  if (!module) return [];
  const specifier = compact(module);
  if (statement.namedChildren.some((child) => child?.type === "wildcard_import")) return [{ kind: "star", specifier, names: [], line }];
  const names: ImportFact["names"] = [];
  for (const name of statement.childrenForFieldName("name")) {
    if (!name) continue;
    if (name.type === "aliased_import") {
      const imported = name.childForFieldName("name");
      const alias = name.childForFieldName("alias");
      if (imported && alias) names.push({ imported: compact(imported), local: alias.text });
    } else if (name.type === "dotted_name") {
      names.push({ imported: compact(name), local: compact(name) });
    }
  }
  return names.length > 0 ? [{ kind: "names", specifier, names, line }] : [];
}

/** The import facts of an `import` or `from … import` statement (`from __future__` imports nothing). */
export function importFacts(statement: SyntaxNode): ImportFact[] {
  const line = statement.startPosition.row + 1;
  if (statement.type === "import_statement") return moduleImports(statement, line);
  if (statement.type === "import_from_statement") return fromImport(statement, line);
  return [];
}
