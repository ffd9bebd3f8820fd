import { diffFile } from "../diff/diff-blocks.js";
import { mergeBlocks } from "../edit/merge-blocks.js";
import { sketchBlock } from "../edit/sketch.js";
import type { Block, ParsedFile } from "../model/block.js";
import { isMemberContainer } from "../model/block-kinds.js";
import { sameBlockText } from "../model/normalise.js";
import { isSkipped, parseFile } from "../model/parse-file.js";
import type { EditAnswer, EditModel, EditRequest } from "../ports.js";

/**
 * A perfect model for evaluation: asked to edit block B, it answers with the after/ versions of
 * every block the sketch shows in full — B (with what is nested in it, unless B is a class), the
 * blocks enclosing B, and `<module>` — leaving folded members alone; "no change" when none differ.
 */
export class GroundTruthEditor implements EditModel {
  constructor(
    private readonly current: (file: string) => ParsedFile | undefined,
    private readonly after: ReadonlyMap<string, ParsedFile>,
  ) {}

  async edit(request: EditRequest): Promise<EditAnswer> {
    const current = this.current(request.sketch.file);
    const after = this.after.get(request.sketch.file);
    const target = current?.blocks.find((block) => block.id === request.blockId);
    if (!current || !after || !target) return { kind: "no-change" };
    const take = this.shownSymbols(current, target);
    for (const change of diffFile(current, after)) {
      if (change.status === "renamed" && take.has(change.symbol) && change.afterSymbol) take.add(change.afterSymbol);
    }
    const afterBySymbol = new Map(after.blocks.map((block) => [block.symbol, block]));
    const differs = [...take].some((symbol) => {
      const mine = current.blocks.find((block) => block.symbol === symbol);
      const theirs = afterBySymbol.get(symbol);
      return !mine || !theirs || !sameBlockText(mine.text, theirs.text);
    });
    if (!differs) return { kind: "no-change" };
    const merged = mergeBlocks(current, after, take);
    const reparsed = await parseFile(current.file, new TextEncoder().encode(merged));
    if (isSkipped(reparsed)) return { kind: "no-change" };
    const renamedTarget = reparsed.blocks.find((block) => block.symbol === target.symbol) ?? reparsed.blocks.find((block) => take.has(block.symbol) && block.kind === target.kind && block.parentId === target.parentId);
    const anchor = renamedTarget ?? reparsed.blocks.find((block) => block.kind === "module") ?? reparsed.blocks[0];
    if (!anchor) return { kind: "no-change" };
    return { kind: "edited", sketch: sketchBlock(reparsed, anchor.id).text };
  }

  private shownSymbols(file: ParsedFile, target: Block): Set<string> {
    const byId = new Map(file.blocks.map((block) => [block.id, block]));
    const take = new Set<string>(["<module>"]);
    for (let block: Block | undefined = target; block; block = block.parentId ? byId.get(block.parentId) : undefined) take.add(block.symbol);
    if (!isMemberContainer(target.kind)) {
      for (const block of file.blocks) if (block.symbol.startsWith(`${target.symbol}.`)) take.add(block.symbol);
    }
    return take;
  }
}
