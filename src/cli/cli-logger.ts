import type { Logger } from "../engine/index.js";
import type { CliIO } from "./cli-io.js";

/** Warnings and errors on stderr, one line each; debug and info are left to --json and progress lines. */
export function cliLogger(io: CliIO): Logger {
  const line = (level: string) => (meta: object, message: string) => io.err(`${level}: ${message} ${JSON.stringify(meta)}\n`);
  return { debug: () => undefined, info: () => undefined, warn: line("warning"), error: line("error") };
}
