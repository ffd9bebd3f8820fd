import type { Block, ParsedFile } from "../model/block.js";
import { childrenByParent } from "../model/block-children.js";

interface Side {
  file: ParsedFile;
  children: Map<string, Block[]>;
  bySymbol: Map<string, Block>;
}

function side(file: ParsedFile): Side {
  return { file, children: childrenByParent(file), bySymbol: new Map(file.blocks.map((block) => [block.symbol, block])) };
}

const ROOT = "<root>";

interface Node {
  symbol: string;
  start: number;
  end: number;
  children: Block[];
}

function nodeOf(s: Side, symbol: string): Node | undefined {
  if (symbol === ROOT) {
    const moduleBlock = s.file.blocks.find((block) => block.kind === "module");
    return { symbol, start: 0, end: s.file.text.length, children: s.children.get(moduleBlock?.id ?? "") ?? [] };
  }
  const block = s.bySymbol.get(symbol);
  return block ? { symbol, start: block.span.start, end: block.span.end, children: s.children.get(block.id) ?? [] } : undefined;
}

/** The text between a node's children: gaps[i] precedes child i, the last gap follows the last child. */
function gaps(s: Side, node: Node): string[] {
  const result: string[] = [];
  let cursor = node.start;
  for (const child of node.children) {
    result.push(s.file.text.slice(cursor, child.span.start));
    cursor = child.span.end;
  }
  result.push(s.file.text.slice(cursor, node.end));
  return result;
}

interface MergeState {
  current: Side;
  target: Side;
  take: ReadonlySet<string>;
}

/** A child to emit, with the gap that preceded it in its own file. */
interface Item {
  leading: string;
  text: string;
}

/** head + items + tail; the first item's leading gap is dropped because the head already ends where a child starts. */
function joinItems(between: readonly string[], items: readonly Item[]): string {
  const head = between[0] ?? "";
  const tail = between.length > 1 ? (between[between.length - 1] ?? "") : "";
  return head + items.map((item, index) => (index === 0 ? "" : item.leading) + item.text).join("") + tail;
}

function render(state: MergeState, symbol: string): string {
  return state.take.has(symbol) ? renderTaken(state, symbol) : renderKept(state, symbol);
}

/** A node whose own text comes from the target: target's gaps, target's child order. */
function renderTaken(state: MergeState, symbol: string): string {
  const node = nodeOf(state.target, symbol);
  if (!node) return "";
  const between = gaps(state.target, node);
  const items: Item[] = [];
  node.children.forEach((child, index) => {
    if (!state.take.has(child.symbol) && !state.current.bySymbol.has(child.symbol)) return;
    items.push({ leading: between[index] ?? "", text: render(state, child.symbol) });
  });
  return joinItems(between, items);
}

/** A node whose own text stays as it is; taken children are replaced, added or removed inside it. */
function renderKept(state: MergeState, symbol: string): string {
  const node = nodeOf(state.current, symbol);
  if (!node) return "";
  const between = gaps(state.current, node);
  const additions = additionsUnder(state, symbol);
  const items: Item[] = [...(additions.get(undefined) ?? [])];
  node.children.forEach((child, index) => {
    const removed = state.take.has(child.symbol) && !state.target.bySymbol.has(child.symbol);
    if (!removed) items.push({ leading: between[index] ?? "", text: render(state, child.symbol) });
    items.push(...(additions.get(child.symbol) ?? []));
  });
  return joinItems(between, items);
}

/** Taken blocks that exist only in the target under `symbol`, keyed by the nearest preceding sibling that exists in the current file. */
function additionsUnder(state: MergeState, symbol: string): Map<string | undefined, Item[]> {
  const node = nodeOf(state.target, symbol);
  const result = new Map<string | undefined, Item[]>();
  if (!node) return result;
  const between = gaps(state.target, node);
  let anchor: string | undefined;
  node.children.forEach((child, index) => {
    if (state.current.bySymbol.has(child.symbol)) {
      anchor = child.symbol;
      return;
    }
    if (!state.take.has(child.symbol)) return;
    result.set(anchor, [...(result.get(anchor) ?? []), { leading: between[index] ?? "", text: renderTaken(state, child.symbol) }]);
  });
  return result;
}

/**
 * Text of `current` with the blocks named in `take` replaced by their versions in `target`:
 * a taken block present in both gets the target's own text (its nested blocks located again by
 * symbol, each taken or kept in turn), a taken block only in the target is inserted after its
 * nearest preceding sibling, a taken block only in `current` is removed. `<module>` in `take`
 * means the module-level text. Everything else stays byte for byte.
 */
export function mergeBlocks(current: ParsedFile, target: ParsedFile, take: ReadonlySet<string>): string {
  const state: MergeState = { current: side(current), target: side(target), take: new Set([...take].map((symbol) => (symbol === "<module>" ? ROOT : symbol))) };
  return state.take.has(ROOT) ? renderTaken(state, ROOT) : renderKept(state, ROOT);
}
