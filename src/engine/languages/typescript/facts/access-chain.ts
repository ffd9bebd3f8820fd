import type { SyntaxNode } from "../../../parse/syntax-node.js";
import type { AccessPath, Segment } from "../../../graph/facts.js";

/** A member/call chain read from the outside in: `this.repo.get(x)!.name`. */
export interface AccessChain {
  /** The chain as an access path, when it starts at a name, `this` or `super`. */
  path?: AccessPath;
  /** The expression the chain starts from when that is not a name (`rows[0].send`, `"a".trim()`): visit it on its own. */
  base?: SyntaxNode;
  /** Argument lists and type arguments of the calls in the chain: references of their own. */
  parts: SyntaxNode[];
  /** 1-based line of the chain's last name (the member or function it ends at). */
  line: number;
}

/** Expressions that only wrap the value inside them. */
const TRANSPARENT: ReadonlySet<string> = new Set(["parenthesized_expression", "non_null_expression", "await_expression"]);

/** Nodes a chain is read from. */
export const CHAIN_STARTS: ReadonlySet<string> = new Set([
  "identifier", "this", "super", "member_expression", "call_expression", "new_expression", "non_null_expression",
]);

function onlyExpression(node: SyntaxNode): SyntaxNode | undefined {
  const inner = node.namedChildren.filter((child): child is SyntaxNode => child !== null && child.type !== "comment");
  return inner.length === 1 ? inner[0] : undefined;
}

function lineOf(node: SyntaxNode): number {
  return node.startPosition.row + 1;
}

/** `require("./x")`: the specifier, else undefined. */
export function requireSpecifier(node: SyntaxNode | null | undefined): string | undefined {
  if (node?.type !== "call_expression") return undefined;
  const callee = node.childForFieldName("function");
  if (callee?.type !== "identifier" || callee.text !== "require") return undefined;
  const [argument] = node.childForFieldName("arguments")?.namedChildren ?? [];
  if (argument?.type !== "string") return undefined;
  return argument.namedChildren.find((child) => child?.type === "string_fragment")?.text ?? "";
}

interface Pending {
  call?: true;
  new?: true;
}

function segment(name: string, pending: Pending): Segment {
  return { name, ...pending };
}

/**
 * Reads `node` as one access path: `a?.b!.c(x)` → a · b · c(), `new ns.Foo()` → ns · Foo(new),
 * `await x.load()` inside a chain and parentheses are looked through. Calls on a call result
 * (`f()()`), subscripts and other expressions end the chain: what they start from is `base`.
 * `require("…")` is an import, not a reference: no path.
 */
export function accessChain(node: SyntaxNode): AccessChain {
  const reversed: Segment[] = [];
  const parts: SyntaxNode[] = [];
  let line: number | undefined;
  let pending: Pending = {};
  let current: SyntaxNode | undefined = node;
  const done = (): AccessChain => ({ path: reversed.reverse(), parts, line: line ?? lineOf(node) });
  while (current) {
    switch (current.type) {
      case "identifier":
      case "this":
      case "super":
        reversed.push(segment(current.type === "identifier" ? current.text : current.type, pending));
        line ??= lineOf(current);
        return done();
      case "member_expression": {
        const property = current.childForFieldName("property");
        const object = current.childForFieldName("object");
        if (!property || !object || property.type === "ERROR") return { base: current, parts, line: line ?? lineOf(current) };
        reversed.push(segment(property.text, pending));
        line ??= lineOf(property);
        pending = {};
        current = object;
        continue;
      }
      case "call_expression":
      case "new_expression": {
        const isNew = current.type === "new_expression";
        const callee = current.childForFieldName(isNew ? "constructor" : "function");
        if (pending.call || pending.new || !callee) break;
        if (!isNew && requireSpecifier(current) !== undefined) return { parts, line: line ?? lineOf(current) };
        const args = current.childForFieldName("arguments");
        const typeArgs = current.childForFieldName("type_arguments");
        if (args) parts.push(args);
        if (typeArgs) parts.push(typeArgs);
        pending = isNew ? { new: true } : { call: true };
        current = callee;
        continue;
      }
      default:
        if (TRANSPARENT.has(current.type)) {
          const inner = onlyExpression(current);
          if (inner) {
            current = inner;
            continue;
          }
        }
    }
    break;
  }
  return { base: current ?? node, parts, line: line ?? lineOf(node) };
}

/** Operators whose value is one of their operands. */
const EITHER_SIDE: ReadonlySet<string> = new Set(["??", "||", "&&"]);

/**
 * The access paths an expression may evaluate to, for typing the name it is bound to:
 * `new Client()`, `a ?? new B()` (both sides), `c ? x : Y.make()` (both branches), `await load()`.
 */
export function valuePaths(node: SyntaxNode | null | undefined): AccessPath[] {
  const paths: AccessPath[] = [];
  const pending: SyntaxNode[] = node ? [node] : [];
  for (let current = pending.pop(); current; current = pending.pop()) {
    if (CHAIN_STARTS.has(current.type)) {
      const chain = accessChain(current);
      if (chain.path) paths.push(chain.path);
    } else if (current.type === "binary_expression" && EITHER_SIDE.has(current.childForFieldName("operator")?.type ?? "")) {
      const right = current.childForFieldName("right");
      const left = current.childForFieldName("left");
      if (right) pending.push(right);
      if (left) pending.push(left);
    } else if (current.type === "ternary_expression") {
      const alternative = current.childForFieldName("alternative");
      const consequence = current.childForFieldName("consequence");
      if (alternative) pending.push(alternative);
      if (consequence) pending.push(consequence);
    } else if (TRANSPARENT.has(current.type)) {
      const inner = onlyExpression(current);
      if (inner) pending.push(inner);
    }
  }
  return paths;
}

/** The type an expression is asserted to have: `x as T`, `<T>x`, `x satisfies T`; through parentheses and `await`. */
export function assertedType(node: SyntaxNode | null | undefined): SyntaxNode | undefined {
  let current = node ?? undefined;
  while (current && TRANSPARENT.has(current.type)) current = onlyExpression(current);
  if (!current) return undefined;
  if (current.type === "as_expression" || current.type === "satisfies_expression") {
    const last = current.namedChildren[current.namedChildren.length - 1];
    return last && last.id !== current.namedChildren[0]?.id ? last : undefined;
  }
  if (current.type === "type_assertion") return current.namedChildren[0]?.namedChildren[0] ?? undefined;
  return undefined;
}
