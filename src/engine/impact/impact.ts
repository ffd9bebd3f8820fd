import type { MechanicalEdit } from "../edit/mechanical-edit.js";
import type { Relation } from "../graph/relation.js";

/** A block that may need an edit because another block changed, and why. */
export interface Impact {
  blockId: string;
  /** The changed block (its id before the edit) whose change causes this impact. */
  fromBlockId: string;
  /** The relation from the changed block to this one (CalledBy, OverriddenBy, …). */
  relation: Relation;
  /** A sentence a person can read, e.g. "`cmd_check` calls `check_endpoint`, whose signature changed: parameter `timeout` added with default 5.0". */
  cause: string;
  /** Set when the block's edit for this cause is mechanical: done without the model. */
  mechanical?: MechanicalEdit;
}
