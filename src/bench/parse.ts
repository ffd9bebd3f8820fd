import { performance } from "node:perf_hooks";
import { openDirectory } from "../cli/open-directory.js";
import { decodeSource, isSkipped, languageForPath, parseFile, parseText } from "../engine/index.js";

/**
 * `npm run bench:parse -- <dir>`: reads every source file first, then times the raw tree-sitter
 * parse and the full parse into blocks (decode + parse + block extraction + syntax problems), and
 * prints files, bytes, seconds and MB/s for both.
 */
async function benchParse(dir: string): Promise<void> {
  const tree = await openDirectory(dir);
  const inputs: { path: string; bytes: Uint8Array }[] = [];
  for (const path of await tree.listFiles()) {
    if (languageForPath(path)) inputs.push({ path, bytes: await tree.readFile(path) });
  }
  // Load each grammar outside the timed run.
  const seen = new Set<string>();
  for (const input of inputs) {
    const language = languageForPath(input.path)?.id ?? "";
    if (!seen.has(language)) {
      seen.add(language);
      await parseFile(input.path, new Uint8Array());
    }
  }
  const rawStart = performance.now();
  for (const input of inputs) {
    const support = languageForPath(input.path);
    const decoded = decodeSource(input.bytes);
    if (support && decoded.ok) (await parseText(support, decoded.text)).delete();
  }
  const rawSeconds = (performance.now() - rawStart) / 1000;
  let bytes = 0;
  let blocks = 0;
  let skipped = 0;
  let problems = 0;
  const start = performance.now();
  for (const input of inputs) {
    const parsed = await parseFile(input.path, input.bytes);
    if (isSkipped(parsed)) {
      skipped++;
      continue;
    }
    bytes += input.bytes.length;
    blocks += parsed.blocks.length;
    problems += parsed.problems.length > 0 ? 1 : 0;
  }
  const seconds = (performance.now() - start) / 1000;
  const megabytes = bytes / 1_000_000;
  console.log(`files        ${inputs.length - skipped} (skipped ${skipped}, with syntax errors ${problems})`);
  console.log(`bytes        ${bytes}`);
  console.log(`blocks       ${blocks}`);
  console.log(`raw parse s  ${rawSeconds.toFixed(3)}  (tree-sitter only: ${(megabytes / rawSeconds).toFixed(2)} MB/s)`);
  console.log(`parse s      ${seconds.toFixed(3)}  (into blocks)`);
  console.log(`MB/s         ${(megabytes / seconds).toFixed(2)}`);
}

const dir = process.argv[2];
if (!dir) {
  console.error("usage: npm run bench:parse -- <dir>");
  process.exitCode = 2;
} else {
  await benchParse(dir);
}
