import type { BlockKind } from "../model/block.js";
import type { Escapes } from "./body/escapes.js";
import type { Field, ModuleEntry, Signature } from "./contract.js";
import type { SignatureEdit } from "./signature/signature-edit.js";
import type { ClassEdit, FieldEdit } from "./type/class-edit.js";

/**
 * CodePlan's atomic changes (DESIGN.md, "Change classification"): M = modified, A = added,
 * D = deleted; MB = method body, MS = method signature, F = field, C = class, CC = constructor,
 * I = import (any name the `<module>` block binds), M = method.
 */
export type ChangeKind = "MMB" | "MMS" | "MF" | "MC" | "MCC" | "MI" | "AM" | "AF" | "AC" | "ACC" | "AI" | "DM" | "DF" | "DC" | "DCC" | "DI";

interface ChangeBase {
  /** The changed block's before id; its after id for additions. Field changes name their class block. */
  blockId: string;
  /** The block's after id, whenever it exists after the change (differs from blockId for renames). */
  afterBlockId?: string;
  /** The class a member, field or constructor belongs to (before id; after id for additions). */
  classId?: string;
  /** The field (MF/AF/DF) or the module-level name (MI/AI/DI) that changed. */
  member?: string;
  /** The change in one sentence, for plans, causes and prompts. */
  summary: string;
}

/** MMS / MCC: what changed in the signature; `edits` is never empty. */
export interface SignatureDetails {
  before: Signature;
  after: Signature;
  edits: SignatureEdit[];
}

/** MMB: whether callers can observe the body change, and how. */
export interface BodyDetails {
  escaping: boolean;
  /** The bodies differ only in layout, comments or local names. */
  equivalent: boolean;
  escapes: Escapes;
}

/** MF / AF / DF: `field` is the after version, or the before version for DF. */
export interface FieldDetails {
  field: Field;
  before?: Field;
  after?: Field;
  edits: FieldEdit[];
}

/** MC: how the declaration changed (fields are reported as MF/AF/DF). */
export interface ClassDetails {
  edits: ClassEdit[];
}

/** MI / AI / DI: one name the `<module>` block imports, defines or re-exports. */
export interface EntryDetails {
  entry: ModuleEntry;
  before?: ModuleEntry;
  after?: ModuleEntry;
}

/** AM / DM / AC / DC / ACC / DCC: the block that appeared or went away. */
export interface BlockDetails {
  blockKind: BlockKind;
  /** The block's header text. */
  header: string;
  signature?: Signature;
}

/** One atomic change; `details` is typed by `kind`. */
export type AtomicChange =
  | (ChangeBase & { kind: "MMS" | "MCC"; details: SignatureDetails })
  | (ChangeBase & { kind: "MMB"; details: BodyDetails })
  | (ChangeBase & { kind: "MF" | "AF" | "DF"; details: FieldDetails })
  | (ChangeBase & { kind: "MC"; details: ClassDetails })
  | (ChangeBase & { kind: "MI" | "AI" | "DI"; details: EntryDetails })
  | (ChangeBase & { kind: "AM" | "DM" | "AC" | "DC" | "ACC" | "DCC"; details: BlockDetails });
