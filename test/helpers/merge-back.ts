import { mergeSketch } from "../../src/engine/edit/merge-sketch.js";
import { sketchBlock } from "../../src/engine/edit/sketch.js";
import { parseOne } from "./make-repo.js";

/** One merge-back case: the whole file, the block to edit (`file::symbol`), the model's answer and the whole file expected. */
export interface MergeCase {
  name: string;
  before: string;
  block: string;
  /** The sketch the model is shown, asserted exactly when given. */
  sketch?: string;
  answer: string;
  after: string;
}

/** A case the merge must refuse: `refusal` is matched against the error's message. */
export interface RefusalCase {
  name: string;
  before: string;
  block: string;
  answer: string;
  refusal: string | RegExp;
}

function fileOf(block: string): string {
  return block.slice(0, block.indexOf("::"));
}

/** Sketches `block` in `before`, merges `answer` back, and expects the whole file to be `after`. */
export async function doTest(testCase: MergeCase): Promise<void> {
  const current = await parseOne(fileOf(testCase.block), testCase.before);
  const sketch = sketchBlock(current, testCase.block);
  if (testCase.sketch !== undefined) expect(sketch.text).toBe(testCase.sketch);
  const merged = await mergeSketch(current, sketch, testCase.answer);
  expect(merged.text).toBe(testCase.after);
}

/** Sketches `block` in `before` and expects merging `answer` to fail with an unusable-answer error naming the problem. */
export async function doRefusalTest(testCase: RefusalCase): Promise<void> {
  const current = await parseOne(fileOf(testCase.block), testCase.before);
  const sketch = sketchBlock(current, testCase.block);
  const merging = mergeSketch(current, sketch, testCase.answer);
  await expect(merging).rejects.toMatchObject({ code: "unusable-answer" });
  await expect(merging).rejects.toThrow(testCase.refusal);
}

/** `sketch` with `edit` applied, for a refusal that differs from it in one place; throws when the edit changed nothing. */
export function editedSketch(sketch: string, edit: (sketch: string) => string): string {
  const answer = edit(sketch);
  if (answer === sketch) throw new Error("the refusal's edit did not apply");
  return answer;
}

/** The same text with CRLF line endings. */
export function crlf(text: string): string {
  return text.replace(/\r?\n/g, "\r\n");
}
