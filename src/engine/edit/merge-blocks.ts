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

function render(state: MergeState, symbol: string): string {
  return state.take.has(symbol) ? renderTaken(state, symbol) : renderKept(state, symbol);
}

/** A node whose own text comes from the target: target's gaps, target's child order. */
function renderTaken(state: MergeState, symbol: string): string {
  const node = nodeOf(state.target, symbol);
  if (!node) return "";
  const between = gaps(state.target, node);
  const children = node.children.filter((child) => state.take.has(child.symbol) || state.current.bySymbol.has(child.symbol));
  let out = between[0] ?? "";
  children.forEach((child, index) => {
    if (index > 0) out += between[node.children.indexOf(child)] ?? "";
    out += render(state, child.symbol);
  });
  return out + (node.children.length > 0 ? (between[between.length - 1] ?? "") : "");
}

/** Children of a kept node in their new order: the file's minus removed ones, each added one after its nearest preceding sibling in the target. */
function keptOrder(state: MergeState, node: Node, targetNode: Node | undefined): string[] {
  const removed = (symbol: string) => state.take.has(symbol) && !state.target.bySymbol.has(symbol);
  const additions = new Map<string | undefined, string[]>();
  let anchor: string | undefined;
  for (const child of targetNode?.children ?? []) {
    if (state.current.bySymbol.has(child.symbol)) anchor = child.symbol;
    else if (state.take.has(child.symbol)) additions.set(anchor, [...(additions.get(anchor) ?? []), child.symbol]);
  }
  const order = [...(additions.get(undefined) ?? [])];
  for (const child of node.children) {
    if (!removed(child.symbol)) order.push(child.symbol);
    order.push(...(additions.get(child.symbol) ?? []));
  }
  return order;
}

/** The gap before child `symbol` of `node`, when it directly follows `previous` there (any preceding child when `previous` is undefined). */
function gapBetween(s: Side, node: Node | undefined, previous: string | undefined, symbol: string): string | undefined {
  if (!node) return undefined;
  const index = node.children.findIndex((child) => child.symbol === symbol);
  if (index < 1) return undefined;
  if (previous !== undefined && node.children[index - 1]?.symbol !== previous) return undefined;
  return gaps(s, node)[index];
}

/**
 * The text between two neighbours of a kept node: the file's when they were neighbours there,
 * else the target's when they are neighbours there, else whatever preceded the second one.
 */
function separator(state: MergeState, nodes: { current: Node; target: Node | undefined }, previous: string, symbol: string): string {
  return (
    gapBetween(state.current, nodes.current, previous, symbol) ??
    gapBetween(state.target, nodes.target, previous, symbol) ??
    gapBetween(state.current, nodes.current, undefined, symbol) ??
    gapBetween(state.target, nodes.target, undefined, symbol) ??
    ""
  );
}

/** A node whose own text stays as it is; taken children are replaced, added or removed inside it. */
function renderKept(state: MergeState, symbol: string): string {
  const current = nodeOf(state.current, symbol);
  if (!current) return "";
  const target = nodeOf(state.target, symbol);
  const order = keptOrder(state, current, target);
  // A node that gains its first child or loses its last has no place to split its own text at.
  const gainsFirstOrLosesLast = (current.children.length === 0) !== (order.length === 0);
  if (target && gainsFirstOrLosesLast) return renderTaken(state, symbol);
  const between = gaps(state.current, current);
  let out = between[0] ?? "";
  order.forEach((child, index) => {
    const previous = order[index - 1];
    if (previous !== undefined) out += separator(state, { current, target }, previous, child);
    out += render(state, child);
  });
  return out + (current.children.length > 0 ? (between[between.length - 1] ?? "") : "");
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
