import type { SyntaxNode } from "../../../parse/syntax-node.js";
import type { Reference } from "../../../graph/facts.js";

const NAME_IN_STRING = /[A-Za-z_][A-Za-z0-9_]*(?:\s*\.\s*[A-Za-z_][A-Za-z0-9_]*)*/g;

function dotted(node: SyntaxNode): string[] | undefined {
  if (node.type === "identifier") return [node.text];
  if (node.type !== "attribute") return undefined;
  const object = node.childForFieldName("object");
  const name = node.childForFieldName("attribute");
  const head = object ? dotted(object) : undefined;
  return head && name ? [...head, name.text] : undefined;
}

function typeReference(names: string[], line: number): Reference {
  return { kind: "type", path: names.map((name) => ({ name })), line };
}

/** Names in a string annotation (`"Client"`, `"Optional[pkg.Client]"`), each on the line it sits on. */
function stringReferences(node: SyntaxNode, out: Reference[]): void {
  for (const part of node.namedChildren) {
    if (part?.type !== "string_content") continue;
    const baseLine = part.startPosition.row + 1;
    for (const match of part.text.matchAll(NAME_IN_STRING)) {
      const names = match[0].split(".").map((name) => name.trim());
      if (names[0] === "None") continue;
      const line = baseLine + (part.text.slice(0, match.index).match(/\n/g)?.length ?? 0);
      out.push(typeReference(names, line));
    }
  }
}

function isLiteral(node: SyntaxNode): boolean {
  const head = node.type === "generic_type" ? node.namedChild(0) : node.childForFieldName("value");
  const names = head ? dotted(head) : undefined;
  return names?.[names.length - 1] === "Literal";
}

/**
 * Type references of an annotation (`type` node) or of an expression in a type position
 * (`isinstance` classes, `except` clauses, base lists): every class name it mentions, including
 * names inside string annotations and generic arguments; `Literal[…]` arguments are values, not types.
 */
export function typeReferences(annotation: SyntaxNode): Reference[] {
  const out: Reference[] = [];
  const pending: SyntaxNode[] = [annotation];
  for (let node = pending.pop(); node; node = pending.pop()) {
    const names = dotted(node);
    if (names) {
      out.push(typeReference(names, node.startPosition.row + 1));
      continue;
    }
    if (node.type === "string") {
      stringReferences(node, out);
      continue;
    }
    if ((node.type === "generic_type" || node.type === "subscript") && isLiteral(node)) {
      const head = node.type === "generic_type" ? node.namedChild(0) : node.childForFieldName("value");
      if (head) pending.push(head);
      continue;
    }
    if (node.type === "attribute") {
      const object = node.childForFieldName("object");
      if (object) pending.push(object);
      continue;
    }
    for (const child of node.namedChildren) if (child) pending.push(child);
  }
  return out;
}
