import { languageForPath } from "../languages/registry.js";
import type { EditRequest } from "../ports.js";

/**
 * One prompt in three parts, ordered from the most to the least shared so a provider's prompt
 * cache can reuse the prefix: `system` is the same for every call, `shared` for every call of one
 * run, `specific` for this obligation only.
 */
export interface EditPrompt {
  /** The role and the wire format of the answer. */
  system: string;
  /** Section 1: the task instruction. */
  shared: string;
  /** Sections 2–5: earlier changes, causes, related code, the previous error, the code to change last. */
  specific: string;
}

const SYSTEM = `You are a careful software engineer carrying one change through a whole repository, one block of code at a time. For each block you are shown the task, the edits already made on the way to this block, why this block is being looked at, related code, and last the code to change.

Rules for your answer:
- When the code to change needs edits for the task, answer with exactly one fenced code block holding the whole edited code: every line you were shown, changed where the task requires it.
- Members shown folded (\`def name(...): ...\` in Python, a \`{ /* … */ }\` body in TypeScript, JavaScript and C#) are hidden from you: leave them exactly as they are.
- Put new members where they belong, and new imports at the top when the code shows the imports.
- Change only what the task requires; keep names, formatting and comments otherwise.
- When the code needs no change, answer with the words \`No changes.\` and nothing else.
- Write nothing outside the code block.`;

/** The prompt for one edit request (DESIGN.md, "Prompt sections"); the same request always gives the same text. */
export function renderPrompt(request: EditRequest): EditPrompt {
  const specific = [earlierChanges(request), causes(request), relatedCode(request), previousError(request), codeToChange(request)];
  return {
    system: SYSTEM,
    shared: `## Task\n\n${request.instruction.trim()}\n`,
    specific: specific.filter((section) => section !== "").join("\n"),
  };
}

function earlierChanges(request: EditRequest): string {
  if (request.temporal.length === 0) return "";
  const steps = request.temporal.map((step) => {
    const tag = fenceTag(step.blockId, request.sketch.language);
    // The step that led straight here has this block's cause, which "Why this block" states.
    const cause = request.causes.includes(step.cause) ? "" : `${step.cause}\n\n`;
    return `### \`${step.blockId}\` (${step.relation})\n\n${cause}Before:\n\n${fenced(step.before, tag)}\nAfter:\n\n${fenced(step.after, tag)}`;
  });
  return `## Earlier changes\n\nEdits already made on the way to this block, each with the relation that led on from it and why.\n\n${steps.join("\n")}`;
}

function causes(request: EditRequest): string {
  if (request.causes.length === 0) return "";
  return `## Why this block\n\n${request.causes.map((cause) => `- ${cause}\n`).join("")}`;
}

function relatedCode(request: EditRequest): string {
  if (request.related.length === 0) return "";
  const blocks = request.related.map((related) => `### \`${related.blockId}\` (${related.relation})\n\n${fenced(related.text, fenceTag(related.blockId, request.sketch.language))}`);
  return `## Related code\n\nCode the block to change relates to; the relation in parentheses is how the block to change relates to it.\n\n${blocks.join("\n")}`;
}

function previousError(request: EditRequest): string {
  if (request.previousError === undefined) return "";
  return `## Your previous answer could not be used\n\n${request.previousError.trim()}\n`;
}

function codeToChange(request: EditRequest): string {
  const { sketch } = request;
  return [
    `## Code to change\n\n\`${sketch.targetId}\` in \`${sketch.file}\`:\n\n`,
    fenced(sketch.text, sketch.language),
    "\nAnswer with the whole edited code above as exactly one fenced code block, or with `No changes.` if it needs no change.\n",
  ].join("");
}

/** The fence tag of a block's language, by the file part of its id (`file::symbol`). */
function fenceTag(blockId: string, fallback: string): string {
  const file = blockId.split("::")[0] ?? "";
  return languageForPath(file)?.id ?? fallback;
}

/** A fenced code block one backtick longer than any run of backticks in `text`, so the text cannot close it. */
function fenced(text: string, tag: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  const body = text.endsWith("\n") ? text : `${text}\n`;
  return `${fence}${tag}\n${body}${fence}\n`;
}
