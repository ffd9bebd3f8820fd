import type { CodeGraph } from "../graph/code-graph.js";
import type { Sketch } from "../edit/sketch.js";
import type { Obligation } from "../plan/obligation.js";
import type { PlanGraph } from "../plan/plan-graph.js";
import type { EditRequest } from "../ports.js";
import { relatedCode } from "./related-code.js";
import { trimPair } from "./trim-pair.js";

/** The model's view of one obligation: instruction, temporal context, causes, spatial context, sketch. */
export function buildEditRequest(params: { obligation: Obligation; plan: PlanGraph; graph: CodeGraph; sketch: Sketch; previousError?: string }): EditRequest {
  const { obligation, plan, graph, sketch } = params;
  const temporal = plan.temporalContext(obligation.id);
  const shown = new Set([...sketch.shownInFull, ...temporal.map((step) => step.edit.afterBlockId)]);
  return {
    obligationId: obligation.id,
    blockId: obligation.blockId,
    instruction: obligation.instruction,
    temporal: temporal.map((step) => ({
      blockId: step.edit.afterBlockId,
      ...trimPair(step.edit.before, step.edit.after),
      relation: step.relation,
      cause: step.cause,
    })),
    causes: obligation.causes.map((cause) => cause.text),
    related: relatedCode(graph, obligation.blockId, { exclude: shown, signatureShown: new Set(sketch.folded) }),
    sketch: { file: sketch.file, language: sketch.language, text: sketch.text, targetId: sketch.targetId },
    ...(params.previousError ? { previousError: params.previousError } : {}),
  };
}
