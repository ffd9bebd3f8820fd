#!/usr/bin/env node
// The `codeplan` command: a thin launcher for the compiled CLI in dist/.
import { existsSync } from "node:fs";

const cliUrl = new URL("../dist/cli.js", import.meta.url);

if (!existsSync(cliUrl)) {
  console.error("codeplan is not built yet: run `npm run build` in the codeplan checkout first.");
  process.exit(1);
}

const { main } = await import(cliUrl.href);
process.exitCode = await main(process.argv.slice(2));
