import { languageById } from "../languages/registry.js";
import type { Block, ParsedFile } from "../model/block.js";
import { sameBlockText } from "../model/normalise.js";
import type { Sketch } from "./sketch.js";
import { unusableAnswer } from "./unusable-answer.js";

interface Scope {
  current: ParsedFile;
  sketch: Sketch;
  answer: ParsedFile;
  currentBySymbol: Map<string, Block>;
  currentById: Map<string, Block>;
  shown: Set<string>;
  folded: Set<string>;
}

/** Whitespace dropped and `...` read as `…`, so an ASCII or a spaced-out fold marker still reads as one. */
function squash(text: string): string {
  return text.replace(/\s+/g, "").replace(/\.\.\./g, "…");
}

/** A block of the answer that is a header plus the fold marker, i.e. "left as it was". */
function isFoldedInAnswer(block: Block, foldedBody: string, parents: ReadonlySet<string | undefined>): boolean {
  if (block.bodyStart >= block.span.end || parents.has(block.id)) return false;
  return squash(block.text.slice(block.bodyStart - block.span.start)) === squash(foldedBody);
}

function symbolsOf(current: ParsedFile, ids: readonly string[]): Set<string> {
  const symbolOfId = new Map(current.blocks.map((block) => [block.id, block.symbol]));
  return new Set(ids.flatMap((id) => symbolOfId.get(id) ?? []));
}

/** A block the answer may change: shown in full, or new under a parent it may change (the file's top level included). */
function isEditable(scope: Scope, block: Block | undefined): boolean {
  if (!block || block.kind === "module") return true;
  if (scope.shown.has(block.symbol)) return true;
  if (scope.currentBySymbol.has(block.symbol)) return false;
  return isEditable(scope, scope.answer.blocks.find((candidate) => candidate.id === block.parentId));
}

function isWithin(scope: Scope, block: Block, ancestorId: string): boolean {
  for (let at: Block | undefined = block; at; at = at.parentId ? scope.currentById.get(at.parentId) : undefined) {
    if (at.id === ancestorId) return true;
  }
  return false;
}

/** Symbols of the block and every block nested in it. */
function withDescendants(scope: Scope, block: Block): string[] {
  return scope.current.blocks.filter((candidate) => isWithin(scope, candidate, block.id)).map((candidate) => candidate.symbol);
}

/** The header of a block the answer left folded must be the file's; returns the file blocks it covers. */
function keptFolded(scope: Scope, block: Block): string[] {
  const before = scope.currentBySymbol.get(block.symbol);
  if (!before) throw unusableAnswer(scope.sketch, `it adds ${block.symbol} with a folded body; write new members out in full`);
  if (before.signature !== block.signature) {
    const where = scope.shown.has(block.symbol) ? "but folds its body; write it out in full" : "which is outside the code to change; leave folded members as they are";
    throw unusableAnswer(scope.sketch, `it changes the header of ${block.symbol}, ${where}`);
  }
  return withDescendants(scope, before);
}

/** Whether the answer changes `block` (shown in full, or added); refuses a change to what the sketch folded or did not show. */
function isChanged(scope: Scope, block: Block): boolean {
  const before = scope.currentBySymbol.get(block.symbol);
  if (before && sameBlockText(before.text, block.text)) return false;
  if (before && scope.folded.has(block.symbol)) {
    const reason = before.bodyStart >= before.span.end ? `changes the header of ${block.symbol}, which is outside the code to change` : `rewrites ${block.symbol}, which was folded in the code to change`;
    throw unusableAnswer(scope.sketch, `it ${reason}; leave folded members as they are`);
  }
  if (!isEditable(scope, block)) throw unusableAnswer(scope.sketch, `it ${before ? "changes" : "adds"} ${block.symbol}, which is outside the code to change`);
  return true;
}

/**
 * The symbols an answer replaces, adds or removes (rules in ./README.md). Throws "unusable-answer"
 * for an answer that rewrites a folded member, changes a folded header, adds a member with a
 * folded body, or leaves out a folded member that is not part of the block being edited.
 */
export function takeFromAnswer(params: { current: ParsedFile; sketch: Sketch; answer: ParsedFile }): Set<string> {
  const { current, sketch, answer } = params;
  const scope: Scope = {
    ...params,
    currentBySymbol: new Map(current.blocks.map((block) => [block.symbol, block])),
    currentById: new Map(current.blocks.map((block) => [block.id, block])),
    shown: symbolsOf(current, sketch.shownInFull),
    folded: symbolsOf(current, sketch.folded),
  };
  const foldedBody = languageById(current.language).fold.foldedBody;
  const parents = new Set(answer.blocks.map((block) => block.parentId));
  const take = new Set<string>();
  const present = new Set<string>();
  for (const block of answer.blocks) {
    present.add(block.symbol);
    if (isFoldedInAnswer(block, foldedBody, parents)) for (const symbol of keptFolded(scope, block)) present.add(symbol);
    else if (isChanged(scope, block)) take.add(block.symbol);
  }
  for (const block of current.blocks) {
    if (present.has(block.symbol) || !(scope.shown.has(block.symbol) || scope.folded.has(block.symbol))) continue;
    if (scope.folded.has(block.symbol) && !isWithin(scope, block, sketch.targetId)) {
      throw unusableAnswer(sketch, `it leaves out ${block.symbol}, which is outside the code to change; keep folded members as they are`);
    }
    take.add(block.symbol);
  }
  return take;
}
