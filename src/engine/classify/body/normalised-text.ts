import type { Node } from "web-tree-sitter";
import { childrenOf } from "../syntax/children.js";
import type { BodyGrammar } from "./body-grammar.js";

const WORD_END = /[\p{L}\p{N}_$]$/u;
const WORD_START = /^[\p{L}\p{N}_$]/u;

/** How much of a node's text to keep. */
export interface TextOptions {
  /** Replacement for identifiers (locals); undefined keeps the name. */
  rename?: (name: string) => string | undefined;
  /** Argument lists become `(…)`: the call, not what is passed, shapes the value. */
  dropArguments?: boolean;
  /** The called name of each call becomes `ƒ`: a call site updated for a renamed callee keeps its shape. */
  dropCallees?: boolean;
}

/** Tokens joined compactly: a space only between two words and after a comma (`f(a, b)`, `raise E("x")`). */
function joinTokens(tokens: readonly string[]): string {
  let out = "";
  for (const token of tokens) {
    const spaced = out.endsWith(",") || (WORD_END.test(out) && WORD_START.test(token));
    out += spaced ? ` ${token}` : token;
  }
  return out;
}

/** Ids of the nodes that name the function a call calls (`f` of `f()`, `send` of `a.send()`). */
function calleeNames(node: Node, grammar: BodyGrammar): Set<number> {
  const ids = new Set<number>();
  for (const [type, field] of grammar.calls) {
    for (const call of [node, ...node.descendantsOfType(type)]) {
      if (call?.type !== type) continue;
      const callee = call?.childForFieldName(field);
      const shape = callee ? grammar.members.get(callee.type) : undefined;
      const name = shape ? callee?.childForFieldName(shape.member) : callee;
      if (name) ids.add(name.id);
    }
  }
  return ids;
}

/**
 * A node's tokens joined compactly with comments dropped, identifiers renamed by `rename`
 * (locals), and optionally arguments and callee names left out: the text two versions of a
 * statement share when they differ only in layout, comments, local names (or what is passed).
 */
export function normalisedText(node: Node, grammar: BodyGrammar, options: TextOptions = {}): string {
  const callees = options.dropCallees ? calleeNames(node, grammar) : new Set<number>();
  const tokens: string[] = [];
  const pending: Node[] = [node];
  for (let current = pending.pop(); current; current = pending.pop()) {
    if (grammar.comments.has(current.type)) continue;
    if (callees.has(current.id)) {
      tokens.push("ƒ");
      continue;
    }
    if (options.dropArguments && grammar.argumentLists.has(current.type)) {
      tokens.push("(…)");
      continue;
    }
    if (grammar.identifiers.has(current.type)) {
      tokens.push(options.rename?.(current.text) ?? current.text);
      continue;
    }
    const children = childrenOf(current);
    if (children.length === 0) {
      if (current.text.length > 0) tokens.push(current.text);
      continue;
    }
    pending.push(...children.reverse());
  }
  return joinTokens(tokens);
}
