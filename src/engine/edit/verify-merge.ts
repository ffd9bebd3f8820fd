import type { ParsedFile } from "../model/block.js";
import { isSkipped, parseFile } from "../model/parse-file.js";
import type { Sketch } from "./sketch.js";
import { unusableAnswer } from "./unusable-answer.js";

/**
 * Reparses a merged file and refuses it (CodeplanError "unusable-answer") when it has syntax
 * problems the file did not have, or when a member the sketch folded and the merge did not take
 * is no longer in it byte for byte.
 */
export async function verifyMerge(params: { current: ParsedFile; sketch: Sketch; take: ReadonlySet<string>; text: string }): Promise<void> {
  const { current, sketch, take, text } = params;
  const merged = await parseFile(current.file, new TextEncoder().encode(text));
  if (isSkipped(merged)) throw unusableAnswer(sketch, `the merged file is not readable source (${merged.detail})`);
  const problem = merged.problems[current.problems.length];
  if (problem) throw unusableAnswer(sketch, `the merged file does not parse (line ${problem.line}: ${problem.message})`);
  const mergedTexts = new Set(merged.blocks.map((block) => `${block.name}\n${text.slice(block.span.start, block.span.end)}`));
  for (const block of current.blocks) {
    if (!sketch.folded.includes(block.id) || take.has(block.symbol)) continue;
    if (!mergedTexts.has(`${block.name}\n${current.text.slice(block.span.start, block.span.end)}`)) {
      throw unusableAnswer(sketch, `the merge would change ${block.symbol}, which is outside the code to change`);
    }
  }
}
