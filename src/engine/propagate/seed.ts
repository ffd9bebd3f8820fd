/** Where propagation starts (DESIGN.md: the developer's edit, an instruction, or oracle diagnostics). */
export type Seed =
  /** The developer already changed these files: planned from, never sent to the model. */
  | { kind: "edit"; files: { path: string; text: string | undefined }[] }
  /** The model edits these blocks first, following the instruction. */
  | { kind: "instruction"; blockIds: string[] }
  /** A diagnostic of the oracle inside a block. */
  | { kind: "diagnostic"; blockId: string; message: string };
