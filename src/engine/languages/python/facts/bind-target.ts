import type { SyntaxNode } from "../../../parse/syntax-node.js";
import type { AccessPath, TypeName } from "../../../graph/facts.js";
import { preferredValue } from "./file-collector.js";
import type { Scope } from "./scope.js";
import type { Walker } from "./walker.js";

/** What an assignment-like statement binds its target(s) to. */
export interface Bound {
  type?: TypeName;
  /** The annotation as written, remembered for typing loops over the name. */
  annotation?: string;
  values: AccessPath[];
  line: number;
}

const SEQUENCES = new Set(["pattern_list", "tuple_pattern", "list_pattern", "tuple", "list", "expression_list"]);
const WRAPPERS = new Set(["list_splat_pattern", "list_splat", "parenthesized_expression", "as_pattern_target"]);

function elements(node: SyntaxNode): SyntaxNode[] {
  return node.namedChildren.filter((child): child is SyntaxNode => child !== null && child.type !== "comment");
}

/** `self.targets = targets`: the field is annotated like the parameter it is assigned from. */
function annotationOfName(value: AccessPath | undefined, scope: Scope): string | undefined {
  const [only, ...rest] = value ?? [];
  return only && rest.length === 0 && !only.call ? scope.annotations?.get(only.name) : undefined;
}

/** `self.name = …` in a method: a field of the method's class, evaluated with the method's locals. */
function bindField(target: SyntaxNode, scope: Scope, bound: Bound): void {
  const object = target.childForFieldName("object");
  const name = target.childForFieldName("attribute");
  if (!scope.classFacts || !scope.receiver || object?.type !== "identifier" || object.text !== scope.receiver || !name) return;
  const value = preferredValue(bound.values);
  const annotation = bound.annotation ?? annotationOfName(value, scope);
  if (annotation) scope.classFacts.annotate(name.text, annotation);
  scope.classFacts.addField(scope.fieldRank ?? 2, {
    name: name.text,
    kind: "field",
    ...(bound.type && { type: bound.type }),
    ...(value && { value }),
    ...(value && scope.facts && { definedIn: scope.facts.blockId }),
    line: bound.line,
  });
}

/**
 * Binds an assignment/loop/`with` target: names become locals (or module values, or class
 * attributes), `self.x` becomes a field; attribute and subscript targets are also references
 * (writing a field uses it). Tuple targets bind each element with nothing known about it.
 */
export function bindTarget(target: SyntaxNode, scope: Scope, walker: Walker, bound: Bound): void {
  if (target.type === "identifier") {
    walker.file.bind(scope, { name: target.text, type: bound.type, values: bound.values, line: bound.line });
    if (bound.annotation) scope.annotations?.set(target.text, bound.annotation);
    return;
  }
  if (target.type === "attribute") {
    bindField(target, scope, bound);
    walker.visit(target, scope);
    return;
  }
  if (SEQUENCES.has(target.type)) {
    for (const element of elements(target)) bindTarget(element, scope, walker, { values: [], line: bound.line });
    return;
  }
  if (WRAPPERS.has(target.type)) {
    for (const element of elements(target)) bindTarget(element, scope, walker, bound);
    return;
  }
  walker.visit(target, scope);
}

/** `a, b = X(), Y()`: the targets and values pair up when both sides are flat sequences of one length. */
export function pairedTargets(target: SyntaxNode, value: SyntaxNode | null | undefined): [SyntaxNode, SyntaxNode][] | undefined {
  if (!value || !SEQUENCES.has(target.type) || !SEQUENCES.has(value.type)) return undefined;
  const targets = elements(target);
  const values = elements(value);
  if (targets.length !== values.length) return undefined;
  return targets.map((element, index) => [element, values[index] as SyntaxNode]);
}
