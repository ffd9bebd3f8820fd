import type { ParsedFile } from "../model/block.js";
import { isSkipped, parseFile } from "../model/parse-file.js";
import { fileStyleOf } from "./file-style.js";
import { matchFileStyle } from "./match-file-style.js";
import { mergeBlocks } from "./merge-blocks.js";
import type { Sketch } from "./sketch.js";
import { takeFromAnswer } from "./take-from-answer.js";
import { unusableAnswer } from "./unusable-answer.js";
import { verifyMerge } from "./verify-merge.js";

/** The result of merging an edited sketch back into its file. */
export interface SketchMerge {
  text: string;
  /** Symbols whose text the answer replaced, added or removed. */
  taken: string[];
}

async function parseText(file: string, text: string): Promise<ParsedFile | undefined> {
  const parsed = await parseFile(file, new TextEncoder().encode(text));
  return isSkipped(parsed) ? undefined : parsed;
}

/** The answer parsed, refused when it has syntax problems the sketch itself does not have. */
async function parseAnswer(sketch: Sketch, answer: string): Promise<ParsedFile> {
  const parsed = await parseText(sketch.file, answer);
  if (!parsed) throw unusableAnswer(sketch, "the answer is not readable source");
  const [problem] = parsed.problems;
  if (!problem) return parsed;
  const sketchProblems = (await parseText(sketch.file, sketch.text))?.problems.length ?? 0;
  if (parsed.problems.length > sketchProblems) throw unusableAnswer(sketch, `the answer does not parse (line ${problem.line}: ${problem.message})`);
  return parsed;
}

/**
 * Merges an edited sketch into the current file by the rules in ./README.md: folded members stay
 * byte for byte, members shown in full are replaced, new members are inserted, members the answer
 * left out are removed, in the file's line endings and indentation. Throws CodeplanError
 * "unusable-answer" for an answer that does not parse, that changes what the sketch folded, or
 * whose merged file does not parse.
 */
export async function mergeSketch(current: ParsedFile, sketch: Sketch, answer: string): Promise<SketchMerge> {
  // 1. the answer in the file's line endings and indentation   2. parsed
  // 3. what it takes, member by member   4. merged   5. the merged file checked
  const styled = matchFileStyle(answer, fileStyleOf(current.text));
  const parsed = await parseAnswer(sketch, styled);
  const take = takeFromAnswer({ current, sketch, answer: parsed });
  if (take.size === 0) return { text: current.text, taken: [] };
  const text = mergeBlocks(current, parsed, take);
  await verifyMerge({ current, sketch, take, text });
  return { text, taken: [...take] };
}
