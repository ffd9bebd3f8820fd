import type { SyntaxNode } from "../../../parse/syntax-node.js";
import type { LocalFact } from "../../../graph/facts.js";
import { valuePaths } from "./access-chain.js";
import type { Scope } from "./scope.js";
import { reduceTypeName } from "./type-name.js";
import { typeReferences } from "./type-references.js";
import type { Walker } from "./walker.js";

const SPLATS = new Set(["list_splat_pattern", "dictionary_splat_pattern"]);

interface Parameter {
  name: string;
  /** `*args: T` annotates the elements, not `args`. */
  splat: boolean;
  type?: SyntaxNode | null;
  value?: SyntaxNode | null;
}

function parameterOf(node: SyntaxNode): Parameter | undefined {
  if (node.type === "identifier") return { name: node.text, splat: false };
  if (SPLATS.has(node.type)) {
    const name = node.namedChild(0);
    return name?.type === "identifier" ? { name: name.text, splat: true } : undefined;
  }
  const name = node.childForFieldName("name") ?? node.namedChild(0);
  const inner = name && SPLATS.has(name.type) ? parameterOf(name) : undefined;
  if (!name || (name.type !== "identifier" && !inner)) return undefined;
  return {
    name: inner?.name ?? name.text,
    splat: inner?.splat ?? false,
    type: node.childForFieldName("type"),
    value: node.childForFieldName("value"),
  };
}

/**
 * Binds a def's or lambda's parameters as locals: the first becomes the receiver when `receiver`
 * is given (`self` → "this", `cls` of a classmethod → "class"); annotated ones get their type,
 * unannotated ones with a default the default's value. Annotations and defaults are references.
 */
export function bindParameters(parameters: SyntaxNode | null, scope: Scope, walker: Walker, receiver?: LocalFact["receiver"]): string | undefined {
  let receiverName: string | undefined;
  for (const node of parameters?.namedChildren ?? []) {
    if (!node) continue;
    const parameter = parameterOf(node);
    if (!parameter) continue;
    if (parameter.type) for (const reference of typeReferences(parameter.type)) walker.file.reference(scope, reference);
    walker.visit(parameter.value, scope);
    if (receiver && receiverName === undefined) {
      receiverName = parameter.name;
      scope.facts?.locals.push({ name: parameter.name, receiver });
      continue;
    }
    const annotation = parameter.type && !parameter.splat ? parameter.type.text : undefined;
    const type = annotation ? reduceTypeName(annotation) : undefined;
    if (annotation) scope.annotations?.set(parameter.name, annotation);
    const values = !annotation && parameter.value ? valuePaths(parameter.value) : [];
    walker.file.bind(scope, { name: parameter.name, type, values, line: node.startPosition.row + 1 });
  }
  return receiverName;
}
