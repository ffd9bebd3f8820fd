import type { SyntaxNode } from "../../../parse/syntax-node.js";
import type { AccessPath, Segment } from "../../../graph/facts.js";

/** An attribute/call chain read from the outside in: `self.repo.get(x).name`. */
export interface AccessChain {
  /** The chain as an access path, when it starts at a name or at `super()`. */
  path?: AccessPath;
  /** The expression the chain starts from when that is not a name (`"".join`, `rows[0].send`): visit it on its own. */
  base?: SyntaxNode;
  /** Argument lists of the calls in the chain: their expressions are references of their own. */
  arguments: SyntaxNode[];
  /** 1-based line of the chain's last name (the member or function it ends at). */
  line: number;
}

const CHAIN_STARTS = new Set(["identifier", "attribute", "call"]);

/** True for the nodes a chain can be read from. */
export function startsChain(node: SyntaxNode): boolean {
  return CHAIN_STARTS.has(node.type);
}

function onlyExpression(node: SyntaxNode): SyntaxNode | undefined {
  const inner = node.namedChildren.filter((child): child is SyntaxNode => child !== null && child.type !== "comment");
  return inner.length === 1 ? inner[0] : undefined;
}

/** A chain node that a syntax error left without its parts: its children are visited on their own. */
function malformed(node: SyntaxNode, args: SyntaxNode[]): AccessChain {
  const children = node.namedChildren.filter((child): child is SyntaxNode => child !== null);
  return { arguments: [...args, ...children], line: node.startPosition.row + 1 };
}

function segment(name: string, call: boolean): Segment {
  return call ? { name, call: true } : { name };
}

/**
 * Reads `node` (an identifier, attribute or call) as one access path. `super()` becomes the head
 * `super` (its arguments are dropped); `await` and parentheses inside the chain are looked through.
 */
export function accessChain(node: SyntaxNode): AccessChain {
  const reversed: Segment[] = [];
  const args: SyntaxNode[] = [];
  let line: number | undefined;
  let call = false;
  let current: SyntaxNode | undefined = node;
  while (current) {
    if (current.type === "identifier") {
      reversed.push(segment(current.text, call));
      line ??= current.startPosition.row + 1;
      return { path: reversed.reverse(), arguments: args, line };
    }
    if (current.type === "attribute") {
      const name = current.childForFieldName("attribute");
      const object = current.childForFieldName("object");
      if (!name || !object) return malformed(current, args);
      reversed.push(segment(name.text, call));
      line ??= name.startPosition.row + 1;
      call = false;
      current = object;
      continue;
    }
    if (current.type === "call") {
      const callee = current.childForFieldName("function");
      if (callee?.type === "identifier" && callee.text === "super") {
        reversed.push({ name: "super" });
        line ??= callee.startPosition.row + 1;
        return { path: reversed.reverse(), arguments: args, line };
      }
      const argumentList = current.childForFieldName("arguments");
      if (argumentList) args.push(argumentList);
      if (!callee) return malformed(current, args);
      call = true;
      current = callee;
      continue;
    }
    if (current.type === "parenthesized_expression" || current.type === "await") {
      const inner = onlyExpression(current);
      if (!inner) break;
      current = inner;
      continue;
    }
    break;
  }
  const base = current ?? node;
  return { base, arguments: args, line: line ?? base.startPosition.row + 1 };
}

/**
 * The access paths an expression may evaluate to, for typing the name it is assigned to:
 * `Client()`, `a or Client()` (both sides), `x if c else Y()` (both branches).
 */
export function valuePaths(node: SyntaxNode | null | undefined): AccessPath[] {
  const paths: AccessPath[] = [];
  const pending: SyntaxNode[] = node ? [node] : [];
  for (let current = pending.pop(); current; current = pending.pop()) {
    if (startsChain(current)) {
      const chain = accessChain(current);
      if (chain.path) paths.push(chain.path);
    } else if (current.type === "boolean_operator") {
      const right = current.childForFieldName("right");
      const left = current.childForFieldName("left");
      if (right) pending.push(right);
      if (left) pending.push(left);
    } else if (current.type === "conditional_expression") {
      const [whenTrue, , whenFalse] = current.namedChildren;
      if (whenFalse) pending.push(whenFalse);
      if (whenTrue) pending.push(whenTrue);
    } else if (current.type === "parenthesized_expression" || current.type === "await") {
      const inner = onlyExpression(current);
      if (inner) pending.push(inner);
    }
  }
  return paths;
}
