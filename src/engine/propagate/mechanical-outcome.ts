import { applyMechanicalEdits, type MechanicalEdit } from "../edit/mechanical-edit.js";
import type { ParsedFile } from "../model/block.js";
import type { Obligation } from "../plan/obligation.js";
import type { ModelOutcome } from "./ask-model.js";

/**
 * The outcome of an obligation that needs no model: every cause asks for a mechanical edit and
 * they apply to `current` (see applyMechanicalEdits). Undefined otherwise: the model is asked.
 */
export function mechanicalOutcome(obligation: Obligation, current: ParsedFile): ModelOutcome | undefined {
  const edits: MechanicalEdit[] = [];
  for (const cause of obligation.causes) {
    if (!cause.mechanical) return undefined;
    edits.push(cause.mechanical);
  }
  const text = applyMechanicalEdits(current, obligation.blockId, edits);
  if (text === undefined) return undefined;
  return text === current.text ? { kind: "unchanged" } : { kind: "merged", text };
}
