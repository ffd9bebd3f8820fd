import { CodeplanError } from "../errors/codeplan-error.js";
import { languageForPath } from "../languages/registry.js";
import type { SourceTree } from "../ports.js";
import { decodeSource } from "../source/decode-source.js";
import type { Seed } from "./seed.js";

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

/**
 * The developer's edit as a seed: every source file that differs between `base` and `head`
 * (added, changed or deleted), with its head text. A CodeplanError ("no-change") when no source
 * file differs, naming the two sides.
 */
export async function seedFromTrees(params: { base: SourceTree; head: SourceTree; baseName: string; headName: string }): Promise<Extract<Seed, { kind: "edit" }>> {
  const baseFiles = new Set((await params.base.listFiles()).filter((path) => languageForPath(path)));
  const headFiles = new Set((await params.head.listFiles()).filter((path) => languageForPath(path)));
  const files: { path: string; text: string | undefined }[] = [];
  for (const path of [...new Set([...baseFiles, ...headFiles])].sort()) {
    const after = headFiles.has(path) ? await params.head.readFile(path) : undefined;
    const before = baseFiles.has(path) ? await params.base.readFile(path) : undefined;
    if (before && after && sameBytes(before, after)) continue;
    const decoded = after ? decodeSource(after) : undefined;
    if (decoded && !decoded.ok) continue;
    files.push({ path, text: decoded?.text });
  }
  if (files.length === 0) {
    throw new CodeplanError({
      code: "no-change",
      userMessage: `No source file differs between ${params.baseName} and ${params.headName}: there is no edit to carry through.`,
    });
  }
  return { kind: "edit", files };
}
