import type { SyntaxNode } from "../../../parse/syntax-node.js";
import type { AccessPath, Segment, TypeName } from "../../../graph/facts.js";
import { nameParts, simpleName } from "./type-name.js";

/** A member-access/call chain read from the outside in: `_repo.Find(id).Lines.Add(x)`. */
export interface AccessChain {
  /** The chain as an access path, when it starts at a name, `this`, `base` or `new T(…)`. */
  path?: AccessPath;
  /** 1-based line of each segment of `path`. */
  lines: number[];
  /** For a chain that starts with `new T(…) { … }`: the object initializer, and how many segments name `T`. */
  initializer?: { node: SyntaxNode; typeSegments: number };
  /** Argument lists in the chain: their expressions are references of their own. */
  arguments: SyntaxNode[];
  /** Generic arguments written in the chain (`CreateLogger<Order>()`, `new Repo<Order>()`): type references. */
  typeArguments: SyntaxNode[];
  /** The expression the chain starts from when that is not a name (`a[0].Go()`, `(x as T).Go()`): visit it on its own. */
  base?: SyntaxNode;
}

function genericArguments(name: SyntaxNode | null): SyntaxNode[] {
  if (!name) return [];
  if (name.type === "qualified_name") return [...genericArguments(name.childForFieldName("qualifier")), ...genericArguments(name.childForFieldName("name"))];
  const list = name.type === "generic_name" ? name.namedChildren.find((child) => child?.type === "type_argument_list") : undefined;
  return list ? list.namedChildren.filter((child): child is SyntaxNode => child !== null) : [];
}

/** The one expression inside `(…)`, `await …` or `x!`, comments aside. */
export function onlyChild(node: SyntaxNode): SyntaxNode | undefined {
  const inner = node.namedChildren.filter((child): child is SyntaxNode => child !== null && child.type !== "comment");
  return inner.length === 1 ? inner[0] : undefined;
}

function lastNamedChild(node: SyntaxNode): SyntaxNode | undefined {
  const children = node.namedChildren;
  return children[children.length - 1] ?? undefined;
}

class ChainBuilder {
  readonly segments: Segment[] = [];
  readonly lines: number[] = [];
  readonly chain: AccessChain = { lines: [], arguments: [], typeArguments: [] };
  call = false;

  add(name: string, at: SyntaxNode, flags: { new?: boolean } = {}): void {
    const segment: Segment = { name };
    if (this.call) segment.call = true;
    if (flags.new) segment.new = true;
    this.segments.push(segment);
    this.lines.push(at.startPosition.row + 1);
    this.call = false;
  }

  /** `new T(…)` at the head of the chain, `T` given as name parts. */
  addCreation(parts: string[], at: SyntaxNode, args: SyntaxNode | null | undefined, initializer: SyntaxNode | null | undefined): void {
    this.call = false;
    for (let i = parts.length - 1; i >= 0; i--) this.add(parts[i] ?? "", at, { new: i === parts.length - 1 });
    if (args) this.chain.arguments.push(args);
    if (initializer) this.chain.initializer = { node: initializer, typeSegments: parts.length };
  }

  /** Read from the outside in, so everything is collected backwards: put it in source order. */
  finish(base?: SyntaxNode): AccessChain {
    this.chain.arguments.reverse();
    this.chain.typeArguments.reverse();
    if (base) this.chain.base = base;
    else if (this.segments.length > 0) {
      this.chain.path = this.segments.reverse();
      this.chain.lines = this.lines.reverse();
    }
    return this.chain;
  }
}

/**
 * Reads an expression as one access path. `base.X` starts at `super`; `new T(…)` starts with the
 * segments of `T` (the last marked `new`); a target-typed `new(…)` uses `expected`, the declared
 * type of what it is assigned to. `await`, parentheses and `!` are looked through.
 */
export function accessChain(node: SyntaxNode, expected?: TypeName): AccessChain {
  const builder = new ChainBuilder();
  let current: SyntaxNode | undefined = node;
  while (current) {
    switch (current.type) {
      case "identifier":
        builder.add(current.text, current);
        return builder.finish();
      case "this":
        builder.add("this", current);
        return builder.finish();
      case "base":
        builder.add("super", current);
        return builder.finish();
      case "generic_name": {
        builder.add(simpleName(current) ?? "", current);
        builder.chain.typeArguments.push(...genericArguments(current));
        return builder.finish();
      }
      case "alias_qualified_name": {
        const name = current.childForFieldName("name");
        if (!name) return builder.finish(current);
        current = name;
        continue;
      }
      case "member_access_expression": {
        const name = current.childForFieldName("name");
        const expression = current.childForFieldName("expression");
        const simple = name ? simpleName(name) : undefined;
        if (!name || !expression || !simple) return builder.finish(current);
        builder.add(simple, name);
        builder.chain.typeArguments.push(...genericArguments(name));
        current = expression;
        continue;
      }
      case "conditional_access_expression": {
        const binding = lastNamedChild(current);
        const name = binding?.type === "member_binding_expression" ? binding.childForFieldName("name") : null;
        const condition = current.childForFieldName("condition");
        const simple = name ? simpleName(name) : undefined;
        if (!name || !condition || !simple) return builder.finish(current);
        builder.add(simple, name);
        builder.chain.typeArguments.push(...genericArguments(name));
        current = condition;
        continue;
      }
      case "invocation_expression": {
        const callee = current.childForFieldName("function");
        const args = current.childForFieldName("arguments");
        if (!callee || (callee.type === "identifier" && callee.text === "nameof")) return builder.finish(current);
        if (args) builder.chain.arguments.push(args);
        builder.call = true;
        current = callee;
        continue;
      }
      case "object_creation_expression": {
        const type = current.childForFieldName("type");
        const parts = type ? nameParts(type) : undefined;
        if (!type || !parts) return builder.finish(current);
        builder.addCreation(parts, type, current.childForFieldName("arguments"), current.childForFieldName("initializer"));
        builder.chain.typeArguments.push(...genericArguments(type));
        return builder.finish();
      }
      case "implicit_object_creation_expression": {
        if (!expected) return builder.finish(current);
        const args = current.namedChildren.find((child) => child?.type === "argument_list");
        const initializer = current.namedChildren.find((child) => child?.type === "initializer_expression");
        builder.addCreation(expected.split("."), current, args, initializer);
        return builder.finish();
      }
      case "parenthesized_expression":
      case "await_expression":
      case "postfix_unary_expression": {
        const inner = onlyChild(current);
        const lookThrough = current.type !== "postfix_unary_expression" || current.text.endsWith("!");
        if (!inner || !lookThrough) return builder.finish(current);
        current = inner;
        continue;
      }
      default:
        return builder.finish(current);
    }
  }
  return builder.finish(node);
}
