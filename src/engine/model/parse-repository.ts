import type { SourceTree } from "../ports.js";
import type { ParsedFile, SkippedFile } from "./block.js";
import { languageForPath } from "../languages/registry.js";
import { isSkipped, parseFile, type ParseOptions } from "./parse-file.js";

/** The code model of a whole tree. */
export interface RepositoryBlocks {
  files: ParsedFile[];
  skipped: SkippedFile[];
}

/** Parses every source file of the tree in path order; files of other languages are not listed as skipped. */
export async function parseRepository(tree: SourceTree, options: ParseOptions = {}): Promise<RepositoryBlocks> {
  const result: RepositoryBlocks = { files: [], skipped: [] };
  for (const path of await tree.listFiles()) {
    if (!languageForPath(path)) continue;
    const parsed = await parseFile(path, await tree.readFile(path), options);
    if (isSkipped(parsed)) result.skipped.push(parsed);
    else result.files.push(parsed);
  }
  return result;
}
