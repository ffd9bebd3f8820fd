import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { DiskSourceTree } from "../adapters/disk-source-tree.js";
import { CodeplanError } from "../engine/index.js";

/** A source tree for a directory given on the command line; a clear error when it is not one. */
export async function openDirectory(path: string): Promise<DiskSourceTree> {
  const absolute = resolve(path);
  const info = await stat(absolute).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new CodeplanError({ code: "directory-not-found", userMessage: `Not a directory: ${path}` });
  }
  return new DiskSourceTree(absolute);
}
