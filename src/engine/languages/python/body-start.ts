import type { SyntaxNode } from "../../parse/syntax-node.js";

/**
 * Where a `def`/`class` body starts: just after the header's `:`, so the signature reads
 * `def send(self, msg: str) -> None:` (folding appends ` ...`) and a comment after the colon
 * belongs to the body, not the signature. The colon searched for is a direct child, so colons
 * inside annotations, defaults or type parameters are never taken. Falls back to the body node,
 * then to the definition's end, when a syntax error removed them.
 */
export function bodyStartOf(definition: SyntaxNode, body: SyntaxNode | null): number {
  const bodyOffset = body?.startIndex ?? definition.endIndex;
  let colonEnd: number | undefined;
  for (let i = 0; i < definition.childCount; i++) {
    const child = definition.child(i);
    if (!child || child.startIndex >= bodyOffset) break;
    if (child.type === ":" && !child.isMissing) colonEnd = child.endIndex;
  }
  return colonEnd ?? bodyOffset;
}
