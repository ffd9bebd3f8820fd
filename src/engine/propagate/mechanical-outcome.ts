import { applyMechanicalEdits, type MechanicalEdit } from "../edit/mechanical-edit.js";
import type { ParsedFile } from "../model/block.js";
import type { Obligation } from "../plan/obligation.js";
import type { PlanGraph } from "../plan/plan-graph.js";
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

/** The renames (`from→to`) an obligation asks for, when every cause is a mechanical rename; undefined otherwise. */
export function renamesAskedBy(obligation: Obligation): Set<string> | undefined {
  const renames = new Set<string>();
  for (const cause of obligation.causes) {
    if (cause.mechanical?.kind !== "rename") return undefined;
    renames.add(`${cause.mechanical.from}\u0000${cause.mechanical.to}`);
  }
  return renames.size > 0 ? renames : undefined;
}

/**
 * Whether `blockId` waits for the very renames `done` carried out: it has a pending obligation
 * that asks for nothing else. Then what a mechanical rename changes around it (the import both
 * use, renamed by the first of them) is no cause of its own: its own rename covers it.
 */
export function awaitsSameRenames(plan: PlanGraph, blockId: string, done: ReadonlySet<string>): boolean {
  const pending = plan.all().find((obligation) => obligation.blockId === blockId && obligation.status === "pending");
  const asked = pending && renamesAskedBy(pending);
  return asked !== undefined && [...asked].every((rename) => done.has(rename));
}
