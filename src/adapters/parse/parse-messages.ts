import type { FlatCopy, LanguageId } from "../../engine/index.js";

/** A file for a parse thread. */
export interface ParseRequest {
  id: number;
  language: LanguageId;
  text: string;
}

/** What a parse thread sends back: the tree, or why it could not parse. */
export type ParseReply = { id: number; copy: FlatCopy } | { id: number; error: string };
