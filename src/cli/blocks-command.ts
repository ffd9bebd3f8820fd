import type { Command } from "commander";
import { parseRepository, type RepositoryBlocks } from "../engine/index.js";
import type { CliIO } from "./cli-io.js";
import { openDirectory } from "./open-directory.js";

function toJson(repository: RepositoryBlocks): object {
  return {
    files: repository.files.map((file) => ({
      file: file.file,
      language: file.language,
      blocks: file.blocks.map((block) => ({
        id: block.id,
        symbol: block.symbol,
        kind: block.kind,
        startLine: block.span.startLine,
        endLine: block.span.endLine,
        parentId: block.parentId ?? null,
        signature: block.signature,
      })),
      problems: file.problems,
    })),
    skipped: repository.skipped,
  };
}

function toText(repository: RepositoryBlocks): string {
  const lines: string[] = [];
  for (const file of repository.files) {
    for (const block of file.blocks) {
      lines.push(`${block.id}\t${block.kind}\t${block.span.startLine}-${block.span.endLine}`);
    }
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

function problemsText(repository: RepositoryBlocks): string {
  const lines = [
    ...repository.files.flatMap((file) => file.problems.map((problem) => `warning: ${problem.file}:${problem.line}: ${problem.message}`)),
    ...repository.skipped.map((skipped) => `skipped: ${skipped.file}: ${skipped.reason} (${skipped.detail})`),
  ];
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

/** `codeplan blocks <dir> [--json]`: the blocks of every source file under a directory. */
export function registerBlocksCommand(program: Command, io: CliIO, options: { maxFileBytes: number }): void {
  program
    .command("blocks")
    .description("list the blocks (functions, classes, methods, <module>, …) of every source file under <dir>")
    .argument("<dir>", "directory to read")
    .option("--json", "machine-readable output")
    .action(async (dir: string, flags: { json?: boolean }) => {
      const repository = await parseRepository(await openDirectory(dir), { maxFileBytes: options.maxFileBytes });
      if (flags.json) {
        io.out(`${JSON.stringify(toJson(repository), null, 2)}\n`);
        return;
      }
      io.out(toText(repository));
      io.err(problemsText(repository));
    });
}
