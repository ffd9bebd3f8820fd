import type { ParsedFile } from "../model/block.js";
import { applyKeywordRenames, type KeywordRename } from "./keyword-rename.js";
import { applyMechanicalRenames, type MechanicalRename } from "./mechanical-rename.js";

/** An edit a block needs that no model has to make: a rename of its references, or of a keyword it passes. */
export type MechanicalEdit = MechanicalRename | KeywordRename;

/**
 * The file with `edits` applied to block `blockId`, or undefined when they cannot be made
 * mechanically: the block is gone or its own text changed since the edits were planned (each is
 * recorded against that text), edits of different kinds are asked for at once, or one kind's own
 * checks fail (see each).
 */
export function applyMechanicalEdits(file: ParsedFile, blockId: string, edits: readonly MechanicalEdit[]): string | undefined {
  const block = file.blocks.find((candidate) => candidate.id === blockId);
  if (!block || edits.length === 0 || edits.some((edit) => edit.blockText !== block.text)) return undefined;
  const renames = edits.filter((edit): edit is MechanicalRename => edit.kind === "rename");
  const keywords = edits.filter((edit): edit is KeywordRename => edit.kind === "keyword-rename");
  if (renames.length > 0 && keywords.length > 0) return undefined;
  return renames.length > 0 ? applyMechanicalRenames(file, block, renames) : applyKeywordRenames(file, block, keywords);
}
