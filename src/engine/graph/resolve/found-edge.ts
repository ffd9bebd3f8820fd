import type { Confidence } from "../edge.js";
import type { StoredRelation } from "../relation.js";

/** An edge found while evaluating, before it gets its `from` block and line. */
export interface FoundEdge {
  to: string;
  relation: StoredRelation;
  confidence: Confidence;
  member?: string;
}
