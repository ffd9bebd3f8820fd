import { CodeplanError } from "../errors/codeplan-error.js";
import { languageById } from "../languages/registry.js";
import type { Block, ParsedFile } from "../model/block.js";
import { sameBlockText } from "../model/normalise.js";
import { isSkipped, parseFile } from "../model/parse-file.js";
import { mergeBlocks } from "./merge-blocks.js";
import type { Sketch } from "./sketch.js";

/** The result of merging an edited sketch back into its file. */
export interface SketchMerge {
  text: string;
  /** Symbols whose text the answer replaced, added or removed. */
  taken: string[];
}

function isFoldedInAnswer(block: Block, foldedBody: string, hasChildren: boolean): boolean {
  if (hasChildren || block.bodyStart >= block.span.end) return false;
  return block.text.slice(block.bodyStart - block.span.start).trim() === foldedBody.trim();
}

function unusable(sketch: Sketch, reason: string): CodeplanError {
  return new CodeplanError({ code: "unusable-answer", userMessage: `The edit of ${sketch.targetId} could not be applied: ${reason}`, location: { file: sketch.file } });
}

/**
 * Merges an edited sketch into the current file by the rule in ./README.md: folded members stay,
 * members shown in full are replaced, new members are inserted, members the answer dropped are
 * removed. Refuses (CodeplanError "unusable-answer") an answer that does not parse or that
 * expands a member the sketch had folded.
 */
export async function mergeSketch(current: ParsedFile, sketch: Sketch, answer: string): Promise<SketchMerge> {
  const parsed = await parseFile(current.file, new TextEncoder().encode(answer));
  if (isSkipped(parsed)) throw unusable(sketch, `the answer is not readable source (${parsed.detail})`);
  const [problem] = parsed.problems;
  if (problem) throw unusable(sketch, `the answer does not parse (line ${problem.line}: ${problem.message})`);
  const foldedBody = languageById(current.language).fold.foldedBody;
  const symbolOf = new Map(current.blocks.map((block) => [block.id, block.symbol]));
  const shown = new Set(sketch.shownInFull.map((id) => symbolOf.get(id) ?? ""));
  const folded = new Set(sketch.folded.map((id) => symbolOf.get(id) ?? ""));
  const currentBySymbol = new Map(current.blocks.map((block) => [block.symbol, block]));
  const parents = new Set(parsed.blocks.map((block) => block.parentId));
  const take = new Set<string>();
  for (const block of parsed.blocks) {
    if (isFoldedInAnswer(block, foldedBody, parents.has(block.id))) continue;
    const before = currentBySymbol.get(block.symbol);
    if (folded.has(block.symbol) && before && before.bodyStart < before.span.end && !sameBlockText(before.text, block.text)) {
      throw unusable(sketch, `it rewrites ${block.symbol}, which was folded in the code to change`);
    }
    if (!before || !sameBlockText(before.text, block.text)) take.add(block.symbol);
  }
  const answered = new Set(parsed.blocks.map((block) => block.symbol));
  for (const symbol of [...shown, ...folded]) {
    if (symbol !== "" && !answered.has(symbol)) take.add(symbol);
  }
  return { text: take.size === 0 ? current.text : mergeBlocks(current, parsed, take), taken: [...take] };
}
