import type { Node } from "web-tree-sitter";
import type { ModuleEntry } from "../../../classify/contract.js";
import { childrenOf, collapse, namedChildrenOf } from "../../../classify/syntax/children.js";

const NAMESPACES = new Set(["namespace_declaration", "file_scoped_namespace_declaration"]);

function usingEntry(directive: Node): ModuleEntry {
  const alias = directive.childForFieldName("name");
  const target = namedChildrenOf(directive).filter((child) => child.id !== alias?.id).pop();
  const source = collapse(target?.text ?? "");
  const isStatic = childrenOf(directive).some((child) => child.type === "static");
  return { kind: "import", name: alias?.text ?? `${isStatic ? "static " : ""}${source}`, source, text: collapse(directive.text) };
}

/** The names a C# file's own lines bind: `using` directives (in namespaces too) and namespace declarations. */
export function readCSharpModule(root: Node): ModuleEntry[] {
  const entries: ModuleEntry[] = [];
  const pending = namedChildrenOf(root).reverse();
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.type === "using_directive") entries.push(usingEntry(node));
    if (NAMESPACES.has(node.type)) {
      const name = collapse(node.childForFieldName("name")?.text ?? "");
      entries.push({ kind: "namespace", name: `namespace ${name}`, text: `namespace ${name}` });
      const body = node.childForFieldName("body");
      pending.push(...(body ? namedChildrenOf(body) : namedChildrenOf(node)).reverse());
    }
  }
  return entries;
}
