import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** A temporary directory holding `files`; remove it with the returned cleanup. */
export async function tempDir(files: Record<string, string | Uint8Array>): Promise<{ path: string; cleanup: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), "codeplan-test-"));
  for (const [file, content] of Object.entries(files)) {
    await mkdir(dirname(join(path, file)), { recursive: true });
    await writeFile(join(path, file), content);
  }
  return { path, cleanup: () => rm(path, { recursive: true, force: true }) };
}
