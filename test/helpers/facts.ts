import type { Edge } from "../../src/engine/graph/edge.js";
import type { AccessPath, BlockFacts, FileFacts } from "../../src/engine/graph/facts.js";
import type { ParsedFile } from "../../src/engine/model/block.js";
import { isSkipped, parseFile } from "../../src/engine/model/parse-file.js";

/** Parses one file with name-resolution facts; fails the test when it was skipped. */
export async function parseWithFacts(file: string, text: string): Promise<ParsedFile> {
  const parsed = await parseFile(file, new TextEncoder().encode(text), { facts: true });
  if (isSkipped(parsed)) throw new Error(`${file} was skipped: ${parsed.reason}`);
  return parsed;
}

export async function factsOf(file: string, text: string): Promise<FileFacts> {
  const parsed = await parseWithFacts(file, text);
  if (!parsed.facts) throw new Error(`${file} has no facts`);
  return parsed.facts;
}

export function blockFacts(facts: FileFacts, symbol: string): BlockFacts {
  const found = facts.blocks.find((block) => block.blockId === `${facts.file}::${symbol}`);
  if (!found) throw new Error(`no block ${symbol}; have ${facts.blocks.map((block) => block.blockId).join(", ")}`);
  return found;
}

/** An access path as `a.b()[new]`. */
export function showPath(path: AccessPath): string {
  return path.map((segment) => `${segment.name}${segment.call ? "()" : ""}${segment.new ? "[new]" : ""}`).join(".");
}

/** A block's references as `line kind a.b()[new]` strings. */
export function referenceLines(block: BlockFacts): string[] {
  return block.references.map((reference) => `${reference.line} ${reference.kind} ${showPath(reference.path)}`);
}

/** Calls edges as `from -> to @line`. */
export function callEdges(edges: readonly Edge[]): string[] {
  return edges.filter((edge) => edge.relation === "Calls").map((edge) => `${edge.from} -> ${edge.to} @${edge.line}`);
}
