import type { SyntaxNode } from "../../../parse/syntax-node.js";
import type { TypeName } from "../../../graph/facts.js";
import { accessChain, onlyChild } from "./access-chain.js";
import { typeName } from "./type-name.js";
import type { Typing } from "./walk-state.js";

const CHAIN_STARTS: ReadonlySet<string> = new Set([
  "identifier",
  "generic_name",
  "member_access_expression",
  "conditional_access_expression",
  "invocation_expression",
  "object_creation_expression",
  "implicit_object_creation_expression",
]);

/** True for the expressions a chain (an access path) is read from. */
export function startsChain(node: SyntaxNode): boolean {
  return CHAIN_STARTS.has(node.type);
}

/**
 * What the value assigned to a `var` tells about its type, in order of preference: an access path
 * (`new T()`, `_repo.Find(id)`, `await x.GetAsync()`), a cast or `as` type, both sides of `??`
 * and both branches of `?:`.
 */
export function valueTypings(value: SyntaxNode | null | undefined, expected?: TypeName): Typing[] {
  const typings: Typing[] = [];
  const pending: SyntaxNode[] = value ? [value] : [];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (startsChain(node)) {
      const path = accessChain(node, expected).path;
      if (path) typings.push({ value: path });
      continue;
    }
    switch (node.type) {
      case "parenthesized_expression":
      case "await_expression": {
        const inner = onlyChild(node);
        if (inner) pending.push(inner);
        break;
      }
      case "cast_expression":
      case "default_expression": {
        const type = typeName(node.childForFieldName("type"));
        if (type) typings.push({ type });
        break;
      }
      case "as_expression": {
        const type = typeName(node.childForFieldName("right"));
        if (type) typings.push({ type });
        break;
      }
      case "binary_expression": {
        const right = node.childForFieldName("right");
        const left = node.childForFieldName("left");
        if (node.childForFieldName("operator")?.type !== "??") break;
        if (right) pending.push(right);
        if (left) pending.push(left);
        break;
      }
      case "conditional_expression": {
        const alternative = node.childForFieldName("alternative");
        const consequence = node.childForFieldName("consequence");
        if (alternative) pending.push(alternative);
        if (consequence) pending.push(consequence);
        break;
      }
    }
  }
  return typings;
}

/** The declared-type node a value gives its variable: the `T` of `new T(…)` (for `foreach` over it later). */
export function createdTypeNode(value: SyntaxNode | null | undefined): SyntaxNode | undefined {
  return value?.type === "object_creation_expression" ? (value.childForFieldName("type") ?? undefined) : undefined;
}
