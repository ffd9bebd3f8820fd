import type { SyntaxNode } from "../../../parse/syntax-node.js";
import type { Reference } from "../../../graph/facts.js";
import { isFrameworkGeneric, nameParts } from "./type-name.js";

/** Nodes inside a type that hold no type names (array sizes are expressions, visited as such). */
const NOT_TYPES: ReadonlySet<string> = new Set(["predefined_type", "implicit_type", "array_rank_specifier", "comment"]);

function genericArguments(node: SyntaxNode): SyntaxNode[] {
  const names = node.type === "qualified_name" ? [node.childForFieldName("qualifier"), node.childForFieldName("name")] : [node];
  const found: SyntaxNode[] = [];
  for (const name of names) {
    if (!name) continue;
    if (name.type === "qualified_name") found.push(...genericArguments(name));
    const list = name.type === "generic_name" ? name.namedChildren.find((child) => child?.type === "type_argument_list") : undefined;
    for (const arg of list?.namedChildren ?? []) if (arg) found.push(arg);
  }
  return found;
}

/**
 * One `type` reference per class name written in a type, generic arguments included:
 * `Dictionary<string, List<Order>>` → `Order`; `Shop.Orders.Order?` → `Shop.Orders.Order`. Type
 * parameters in scope (`skip`) and framework generics (`List`, `Task`) are left out.
 */
export function typeReferences(type: SyntaxNode | null | undefined, skip: ReadonlySet<string>): Reference[] {
  const references: Reference[] = [];
  const pending: SyntaxNode[] = type ? [type] : [];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (NOT_TYPES.has(node.type)) continue;
    if (node.type === "identifier" || node.type === "generic_name" || node.type === "qualified_name" || node.type === "alias_qualified_name") {
      const parts = nameParts(node);
      const head = parts?.[0];
      const last = parts?.[parts.length - 1];
      const generic = parts?.length === 1 && node.type === "generic_name" && last !== undefined && isFrameworkGeneric(last);
      if (parts && head && !(parts.length === 1 && skip.has(head)) && !generic) {
        references.push({ kind: "type", path: parts.map((name) => ({ name })), line: node.startPosition.row + 1 });
      }
      pending.push(...genericArguments(node));
      continue;
    }
    if (node.type === "tuple_element") {
      const element = node.childForFieldName("type");
      if (element) pending.push(element);
      continue;
    }
    for (const child of node.namedChildren) if (child) pending.push(child);
  }
  return references;
}

/** The references an attribute's name stands for: `[Fact]` means `Fact` or `FactAttribute`. */
export function attributeReferences(name: SyntaxNode | null | undefined): Reference[] {
  if (!name) return [];
  const parts = nameParts(name);
  const last = parts?.[parts.length - 1];
  if (!parts || !last) return [];
  const line = name.startPosition.row + 1;
  const written = { kind: "type" as const, path: parts.map((part) => ({ name: part })), line };
  if (last.endsWith("Attribute")) return [written];
  const suffixed = [...parts.slice(0, -1), `${last}Attribute`];
  return [written, { kind: "type", path: suffixed.map((part) => ({ name: part })), line }];
}
