import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Oracle, OracleResult } from "../../engine/index.js";
import { CommandOracle } from "../command-oracle.js";

/**
 * Mono's C# compiler over the given `.cs` files (repository paths) as one library — the C# oracle
 * where no .NET SDK is at hand. Each run compiles into a fresh temporary folder (never to /dev/null:
 * mcs replaces its output file) and passes the sources in a response file, so no file list is too long.
 */
export function mcsOracle(params: { repoRoot: string; files: readonly string[]; extraArgs?: readonly string[]; timeoutMs?: number }): Oracle {
  return {
    name: "mcs",
    async run(signal?: AbortSignal): Promise<OracleResult> {
      const outDir = await mkdtemp(join(tmpdir(), "codeplan-mcs-"));
      try {
        const responseFile = join(outDir, "sources.rsp");
        await writeFile(responseFile, params.files.map((file) => `"${file}"`).join("\n"));
        const oracle = new CommandOracle({
          name: "mcs",
          argv: ["mcs", "-target:library", `-out:${join(outDir, "oracle.dll")}`, ...(params.extraArgs ?? []), `@${responseFile}`],
          displayCommand: `mcs -target:library ${[...(params.extraArgs ?? []), ...params.files].join(" ")}`,
          repoRoot: params.repoRoot,
          format: "csharp",
          ...(params.timeoutMs === undefined ? {} : { timeoutMs: params.timeoutMs }),
        });
        return await oracle.run(signal);
      } finally {
        await rm(outDir, { recursive: true, force: true });
      }
    },
  };
}
