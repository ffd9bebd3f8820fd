import type { StoredRelation } from "./relation.js";

/** `resolved`: name resolution found the target; `name-only`: a plausible candidate by name. */
export type Confidence = "resolved" | "name-only";

/** One stored edge `from <relation> to`, with where the reference is. */
export interface Edge {
  from: string;
  to: string;
  relation: StoredRelation;
  /** File and 1-based line of the reference (for structural edges, of the `from` block). */
  file: string;
  line: number;
  confidence: Confidence;
  /** For Uses edges: the field or property used (fields are part of their class's block). */
  member?: string;
}
