import type { Node } from "web-tree-sitter";
import type { Parameter } from "../../../classify/contract.js";
import { childrenOf, collapse, namedChildrenOf, textOf } from "../../../classify/syntax/children.js";

/** `: T` → `T`. */
export function annotationText(annotation: Node | null): string | undefined {
  const text = textOf(annotation);
  return text?.replace(/^:\s*/, "");
}

function fromPattern(pattern: Node): Pick<Parameter, "name" | "kind"> {
  if (pattern.type === "this") return { name: "this", kind: "receiver" };
  if (pattern.type === "rest_pattern") return { name: collapse(pattern.text.replace(/^\.\.\./, "")), kind: "rest" };
  return { name: collapse(pattern.text), kind: "positional" };
}

function parameterModifiers(node: Node): string[] {
  return childrenOf(node)
    .filter((child) => child.type === "accessibility_modifier" || child.type === "readonly" || child.type === "override")
    .map((child) => child.text)
    .sort();
}

function readOne(node: Node): Parameter | undefined {
  if (node.type === "required_parameter" || node.type === "optional_parameter") {
    const pattern = node.childForFieldName("pattern");
    if (!pattern) return undefined;
    const type = annotationText(node.childForFieldName("type"));
    const value = textOf(node.childForFieldName("value"));
    return {
      ...fromPattern(pattern),
      optional: node.type === "optional_parameter",
      modifiers: parameterModifiers(node),
      ...(type !== undefined ? { type } : {}),
      ...(value !== undefined ? { default: value } : {}),
    };
  }
  // JavaScript's grammar puts patterns directly in the list.
  if (node.type === "assignment_pattern") {
    const left = node.childForFieldName("left");
    const value = textOf(node.childForFieldName("right"));
    return left ? { ...fromPattern(left), optional: false, modifiers: [], ...(value !== undefined ? { default: value } : {}) } : undefined;
  }
  if (node.type === "comment" || node.type === "decorator") return undefined;
  return { ...fromPattern(node), optional: false, modifiers: [] };
}

/**
 * The parameters of a function-like node: `formal_parameters`, or the lone `x` of `x => …`.
 * `this: T` is the receiver, `...rest` is rest, `x?: T` optional.
 */
export function readTypeScriptParameters(definition: Node): Parameter[] {
  const list = definition.childForFieldName("parameters");
  if (list) return namedChildrenOf(list).flatMap((node) => readOne(node) ?? []);
  const single = definition.childForFieldName("parameter");
  return single ? [{ ...fromPattern(single), optional: false, modifiers: [] }] : [];
}
