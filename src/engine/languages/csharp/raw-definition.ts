import type { SyntaxNode } from "../../parse/syntax-node.js";
import type { BlockKind } from "../../model/block.js";
import type { RawDefinition } from "../language-support.js";

/**
 * A definition spanning the whole declaration node — tree-sitter already puts attribute lists and
 * modifiers inside it and leaves comments above it outside — with the body taken from the node's
 * `body` field (`{` or `=>`); without a body the definition ends where its header does.
 */
export function rawDefinition(params: {
  node: SyntaxNode;
  name: string;
  kind: BlockKind;
  children: RawDefinition[];
}): RawDefinition {
  const { node, name, kind, children } = params;
  const body = node.childForFieldName("body");
  return {
    name,
    kind,
    start: node.startIndex,
    end: node.endIndex,
    bodyStart: body ? body.startIndex : node.endIndex,
    children,
  };
}
