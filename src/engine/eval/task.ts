import { z } from "zod";
import { CodeplanError } from "../errors/codeplan-error.js";

/** One seed or derived entry of a benchmark task (../shared/bench/README.md). */
const entrySchema = z
  .object({
    /** Path relative to before/ (or after/ for files only there), forward slashes. */
    file: z.string().min(1),
    /** The block's symbol; for `added` its after name, for `renamed` its before name. */
    symbol: z.string().min(1),
    /** How the block changes; `modified` when absent. */
    status: z.enum(["modified", "added", "deleted", "renamed"]).default("modified"),
    /** The after name, with `renamed` only. */
    after_symbol: z.string().min(1).optional(),
  })
  .refine((entry) => (entry.status === "renamed") === (entry.after_symbol !== undefined), {
    message: "after_symbol is required with status \"renamed\" and only then",
  });

export type TaskEntry = z.infer<typeof entrySchema>;

/** A benchmark task's task.json; fields the harness does not use are kept but not checked. */
const taskSchema = z.object({
  /** The task folder's name. */
  id: z.string().min(1),
  /** python, typescript or csharp. */
  language: z.enum(["python", "typescript", "csharp"]),
  /** What a developer would ask for; the instruction given to the model. */
  instruction: z.string().min(1),
  /** The blocks the developer edits first. */
  seed: z.array(entrySchema).min(1),
  /** Every other block that differs between before/ and after/. */
  derived: z.array(entrySchema),
  /** Relation kinds the propagation travels through. */
  relations: z.array(z.string()).default([]),
  /** Whether the type checker flags all, some or none of the derived blocks on before + seed. */
  oracle_flags: z.string().optional(),
  change_kind: z.string().optional(),
  title: z.string().optional(),
  notes: z.string().optional(),
});

export type EvalTask = z.infer<typeof taskSchema>;

/** Parses task.json text; a CodeplanError naming the field when it is not a valid task. */
export function parseTask(text: string, source: string): EvalTask {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CodeplanError({ code: "invalid-task", userMessage: `${source} is not valid JSON: ${(error as Error).message}`, location: { file: source } });
  }
  const result = taskSchema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`).join("; ");
    throw new CodeplanError({ code: "invalid-task", userMessage: `${source} is not a valid task: ${issues}`, location: { file: source } });
  }
  return result.data;
}
