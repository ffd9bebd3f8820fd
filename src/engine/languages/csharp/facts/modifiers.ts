import type { SyntaxNode } from "../../../parse/syntax-node.js";

/** The modifier keywords of a declaration (`public`, `static`, `override`, `async`, …). */
export function modifiersOf(node: SyntaxNode): Set<string> {
  const modifiers = new Set<string>();
  for (const child of node.namedChildren) if (child?.type === "modifier") modifiers.add(child.text);
  return modifiers;
}

/** The names a `<T, U>` type parameter list declares. */
export function typeParameterNames(node: SyntaxNode | null | undefined): string[] {
  if (!node) return [];
  const names: string[] = [];
  for (const parameter of node.namedChildren) {
    const name = parameter?.type === "type_parameter" ? parameter.childForFieldName("name") : null;
    if (name) names.push(name.text);
  }
  return names;
}

/** The type parameters in scope inside a generic declaration. */
export function withTypeParameters(outer: ReadonlySet<string>, declaration: SyntaxNode): ReadonlySet<string> {
  const list = declaration.namedChildren.find((child) => child?.type === "type_parameter_list");
  const own = typeParameterNames(list);
  return own.length === 0 ? outer : new Set([...outer, ...own]);
}
