import type { Node } from "web-tree-sitter";
import type { BodyGrammar } from "./body-grammar.js";

/** The variable an access chain starts from and the member next to it: `self.items[k]` → `self`, `items`. */
export interface ChainRoot {
  root: Node;
  /** The member read from the root (`items`); undefined when the root is indexed directly (`p[k]`). */
  member?: string;
}

/** Walks `a.b[c].d` down to `a`, remembering the member nearest to it. */
export function chainRoot(node: Node, grammar: BodyGrammar): ChainRoot {
  let current = node;
  let member: string | undefined;
  for (;;) {
    const memberShape = grammar.members.get(current.type);
    const subscriptShape = grammar.subscripts.get(current.type);
    const shape = memberShape ?? subscriptShape;
    const object = shape ? current.childForFieldName(shape.object) : null;
    if (!shape || !object) return { root: current, member };
    member = memberShape ? (current.childForFieldName(memberShape.member)?.text ?? member) : undefined;
    current = object;
  }
}
