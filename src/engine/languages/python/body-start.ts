import type { SyntaxNode } from "../../parse/syntax-node.js";

/** The header part a `def`'s or `class`'s colon follows: return type or parameters; superclasses, type parameters or name. */
function headerEnd(definition: SyntaxNode): number | undefined {
  const last =
    definition.type === "function_definition"
      ? (definition.childForFieldName("return_type") ?? definition.childForFieldName("parameters"))
      : (definition.childForFieldName("superclasses") ?? definition.childForFieldName("type_parameters") ?? definition.childForFieldName("name"));
  return last?.endIndex;
}

/** The end of the `:` that follows `from` in `source` with only blanks or line continuations between. */
function colonAfter(source: string, from: number, before: number): number | undefined {
  for (let i = from; i < before; i++) {
    const char = source[i];
    if (char === ":") return i + 1;
    if (char === "\\" && (source[i + 1] === "\n" || (source[i + 1] === "\r" && source[i + 2] === "\n"))) {
      i += source[i + 1] === "\r" ? 2 : 1;
    } else if (char !== " " && char !== "\t" && char !== "\f") {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Where a `def`/`class` body starts: just after the header's `:`, so the signature reads
 * `def send(self, msg: str) -> None:` (folding appends ` ...`) and a comment after the colon
 * belongs to the body, not the signature. The colon searched for is a direct child, so colons
 * inside annotations, defaults or type parameters are never taken. Falls back to the body node,
 * then to the definition's end, when a syntax error removed them.
 */
export function bodyStartOf(definition: SyntaxNode, body: SyntaxNode | null): number {
  const bodyOffset = body?.startIndex ?? definition.endIndex;
  // Without a syntax error the colon directly follows the header: read it from the text rather than
  // reading every token of the header from the parser.
  const end = definition.hasError ? undefined : headerEnd(definition);
  const colon = end === undefined ? undefined : colonAfter(definition.tree.source, end, bodyOffset);
  if (colon !== undefined) return colon;
  let colonEnd: number | undefined;
  for (const child of definition.children) {
    if (child.startIndex >= bodyOffset) break;
    if (child.type === ":" && !child.isMissing) colonEnd = child.endIndex;
  }
  return colonEnd ?? bodyOffset;
}
