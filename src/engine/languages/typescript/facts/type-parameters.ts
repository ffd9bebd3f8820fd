import type { SyntaxNode } from "../../../parse/syntax-node.js";

/** The names a definition's `<T, U extends X>` declares. */
export function typeParameterNames(node: SyntaxNode): string[] {
  const list = node.childForFieldName("type_parameters");
  if (!list) return [];
  const names: string[] = [];
  for (const parameter of list.namedChildren) {
    const name = parameter?.type === "type_parameter" ? parameter.childForFieldName("name")?.text : undefined;
    if (name) names.push(name);
  }
  return names;
}
