import type { Command } from "commander";
import { diffBlocks, parseRepository, type BlockChange } from "../engine/index.js";
import type { CliIO } from "./cli-io.js";
import { openDirectory } from "./open-directory.js";

function toText(changes: readonly BlockChange[]): string {
  return changes
    .map((change) => {
      const rename = change.afterSymbol ? ` -> ${change.afterSymbol}` : "";
      return `${change.status.padEnd(8)} ${change.file}::${change.symbol}${rename}\n`;
    })
    .join("");
}

/** `codeplan diff-blocks <beforeDir> <afterDir> [--json]`: which blocks differ between two trees. */
export function registerDiffBlocksCommand(program: Command, io: CliIO, options: { maxFileBytes: number }): void {
  program
    .command("diff-blocks")
    .description("list the blocks that are modified, added, deleted or renamed between two directories")
    .argument("<beforeDir>", "the tree before the change")
    .argument("<afterDir>", "the tree after the change")
    .option("--json", "machine-readable output: [{file, symbol, status, afterSymbol?}]")
    .action(async (beforeDir: string, afterDir: string, flags: { json?: boolean }) => {
      const parseOptions = { maxFileBytes: options.maxFileBytes };
      const before = await parseRepository(await openDirectory(beforeDir), parseOptions);
      const after = await parseRepository(await openDirectory(afterDir), parseOptions);
      const changes = diffBlocks(before.files, after.files);
      io.out(flags.json ? `${JSON.stringify(changes, null, 2)}\n` : toText(changes));
    });
}
