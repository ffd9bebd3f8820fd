import type { Node } from "web-tree-sitter";
import type { RawDefinition } from "../language-support.js";

/** Placeholder until the TypeScript extractor lands. */
export function findTypeScriptDefinitions(_root: Node): RawDefinition[] {
  return [];
}
