import type { Block, ParsedFile } from "../../src/engine/model/block.js";
import { isSkipped, parseFile } from "../../src/engine/model/parse-file.js";
import { parseRepository, type RepositoryBlocks } from "../../src/engine/model/parse-repository.js";
import { MemorySourceTree } from "../../src/engine/source/memory-source-tree.js";

/** An in-memory repository from path → content. */
export function makeRepo(files: Record<string, string | Uint8Array>): MemorySourceTree {
  return new MemorySourceTree(files);
}

/** Every file of `tree` as text, by path. */
export async function textsOf(tree: MemorySourceTree): Promise<Record<string, string>> {
  const texts: Record<string, string> = {};
  for (const path of await tree.listFiles()) texts[path] = new TextDecoder().decode(await tree.readFile(path));
  return texts;
}

export async function parseRepo(files: Record<string, string | Uint8Array>): Promise<RepositoryBlocks> {
  return parseRepository(makeRepo(files));
}

/** Parses one file and fails the test when it was skipped. */
export async function parseOne(file: string, text: string | Uint8Array): Promise<ParsedFile> {
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  const parsed = await parseFile(file, bytes);
  if (isSkipped(parsed)) throw new Error(`${file} was skipped: ${parsed.reason} (${parsed.detail})`);
  return parsed;
}

/** `symbol kind` lines, the compact form tests assert on. */
export function symbolsOf(file: ParsedFile): string[] {
  return file.blocks.map((block) => `${block.symbol} ${block.kind}`);
}

export function blockOf(file: ParsedFile, symbol: string): Block {
  const block = file.blocks.find((candidate) => candidate.symbol === symbol);
  if (!block) throw new Error(`no block ${symbol} in ${file.file}; have ${file.blocks.map((b) => b.symbol).join(", ")}`);
  return block;
}

/** The block's own text as the benchmark compares it: non-blank lines, right-stripped. */
export function normalised(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line.length > 0)
    .join("\n");
}
