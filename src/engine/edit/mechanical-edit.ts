import type { ParsedFile } from "../model/block.js";
import { applyKeywordRenames, type KeywordRename } from "./keyword-rename.js";
import { applyMechanicalRenames, type MechanicalRename } from "./mechanical-rename.js";

/** An edit a block needs that no model has to make: a rename of its references, or of a keyword it passes. */
export type MechanicalEdit = MechanicalRename | KeywordRename;

/**
 * The file with `edits` applied to block `blockId`, or undefined when they cannot be made
 * mechanically (see each kind); edits of different kinds at once are left to the model.
 */
export function applyMechanicalEdits(file: ParsedFile, blockId: string, edits: readonly MechanicalEdit[]): string | undefined {
  const renames = edits.filter((edit): edit is MechanicalRename => edit.kind === "rename");
  const keywords = edits.filter((edit): edit is KeywordRename => edit.kind === "keyword-rename");
  if (renames.length > 0 && keywords.length > 0) return undefined;
  return renames.length > 0 ? applyMechanicalRenames(file, blockId, renames) : applyKeywordRenames(file, blockId, keywords);
}
