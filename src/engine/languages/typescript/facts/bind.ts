import type { SyntaxNode } from "../../../parse/syntax-node.js";
import type { LocalFact } from "../../../graph/facts.js";
import { preferredValue, type BoundValue } from "./file-collector.js";
import type { Scope } from "./scope.js";
import type { Walker } from "./walker.js";

function locals(name: string, bound: BoundValue): LocalFact[] {
  const { type, values } = bound;
  if (values.length === 0) return [type ? { name, type } : { name }];
  return values.map((value) => (type ? { name, type, value } : { name, value }));
}

/**
 * Binds `name` where the scope keeps names: a function's local; at module level a module value,
 * or a local of `<module>` inside a callback (`test("…", () => { const x = … })`); in a namespace a
 * static field; elsewhere a local of the block (class text keeps none that resolution reads).
 */
export function bind(scope: Scope, walker: Walker, name: string, bound: BoundValue, line: number): void {
  const { type, values } = bound;
  if (scope.kind === "module" && !scope.callback) {
    const value = preferredValue(values);
    walker.file.addValue({ name, ...(type && { type }), ...(value && { value }), line });
    return;
  }
  if (scope.kind === "namespace" && !scope.callback) {
    const value = preferredValue(values);
    scope.classCollector?.addField(0, { name, kind: "field", isStatic: true, ...(type && { type }), ...(value && { value }), line });
    return;
  }
  scope.facts?.locals.push(...locals(name, bound));
  scope.declared?.add(name);
}

const UNTYPED: BoundValue = { values: [] };

/**
 * Binds every name a binding pattern declares (`x`, `{ a, b: c = d }`, `[x, ...rest]`); only a plain
 * name gets `bound`, the parts of a destructuring bind untyped names (which still shadow).
 * Default values are walked as references.
 */
export function bindPattern(pattern: SyntaxNode | null | undefined, scope: Scope, walker: Walker, bound: BoundValue = UNTYPED): void {
  if (!pattern) return;
  switch (pattern.type) {
    case "identifier":
    case "shorthand_property_identifier_pattern":
      bind(scope, walker, pattern.text, bound, pattern.startPosition.row + 1);
      return;
    case "object_pattern":
    case "array_pattern":
      for (const child of pattern.namedChildren) bindPattern(child, scope, walker);
      return;
    case "pair_pattern":
      bindPattern(pattern.childForFieldName("value"), scope, walker);
      walker.visit(pattern.childForFieldName("key")?.type === "computed_property_name" ? pattern.childForFieldName("key") : null, scope);
      return;
    case "assignment_pattern":
    case "object_assignment_pattern":
      bindPattern(pattern.childForFieldName("left"), scope, walker);
      walker.visit(pattern.childForFieldName("right"), scope);
      return;
    case "rest_pattern":
      for (const child of pattern.namedChildren) bindPattern(child, scope, walker);
      return;
    case "comment":
    case "this":
      return;
    default:
      // `[this.a, b.c] = …`: an assignment target that is an expression.
      walker.visit(pattern, scope);
  }
}
