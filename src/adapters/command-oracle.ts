import { realpath, stat } from "node:fs/promises";
import { CodeplanError, interpretOracleRun, type Oracle, type OracleFormatId, type OracleResult } from "../engine/index.js";
import { formatCommand } from "./oracle/format-command.js";
import { runProcess, type ProcessRun } from "./oracle/run-process.js";
import { shortenOutput } from "./oracle/shorten-output.js";
import { startError } from "./oracle/start-error.js";

export const DEFAULT_ORACLE_TIMEOUT_MS = 10 * 60 * 1000;
export const DEFAULT_ORACLE_MAX_OUTPUT_BYTES = 16 * 1024 * 1024;

export interface CommandOracleOptions {
  /** The program and its arguments; run without a shell. */
  argv: readonly string[];
  /** The repository root: the working directory, and the base of the tool's relative paths. */
  repoRoot: string;
  /** How to read the tool's output. */
  format: OracleFormatId;
  /** For logs and messages; defaults to the program's name. */
  name?: string;
  /** The command as messages show it; defaults to argv, quoted. */
  displayCommand?: string;
  /** Wall-clock limit; past it the process group is killed and the result says `timedOut`. */
  timeoutMs?: number;
  /** Capture limit per stream. */
  maxOutputBytes?: number;
  /** The child's environment; undefined inherits this process's. */
  env?: NodeJS.ProcessEnv;
}

/** An oracle that runs a command in the repository and parses what it prints (see engine/oracle/README.md). */
export class CommandOracle implements Oracle {
  readonly name: string;
  private readonly command: string;

  constructor(private readonly options: CommandOracleOptions) {
    if (options.argv.length === 0) {
      throw new CodeplanError({ code: "oracle-command-empty", userMessage: "The oracle command is empty: give the program to run and its arguments." });
    }
    this.command = options.displayCommand ?? formatCommand(options.argv);
    this.name = options.name ?? (options.argv[0] ?? "").split("/").pop() ?? "oracle";
  }

  async run(signal?: AbortSignal): Promise<OracleResult> {
    // 1. run the command   2. an abort is an error, a timeout a result   3. parse and judge the output
    const run = await this.runCommand(signal);
    const result = { exitCode: run.exitCode, timedOut: run.timedOut, command: this.command, durationMs: run.durationMs };
    const rawOutput = shortenOutput(joinOutput(run));
    if (run.aborted) throw new CodeplanError({ code: "oracle-aborted", userMessage: `The oracle \`${this.command}\` was cancelled.` });
    if (run.timedOut) return { ...result, exitCode: null, diagnostics: [], rawOutput };
    const diagnostics = interpretOracleRun(
      { command: this.command, format: this.options.format, stdout: run.stdout, stderr: run.stderr, exitCode: run.exitCode, outputTruncated: run.outputTruncated },
      { repoRoot: this.options.repoRoot, rootAliases: await rootAliases(this.options.repoRoot) },
    );
    return { ...result, diagnostics, rawOutput };
  }

  private async runCommand(signal: AbortSignal | undefined): Promise<ProcessRun> {
    const cwd = this.options.repoRoot;
    // spawn reports a missing working directory as a missing program: say which it is.
    const isDirectory = await stat(cwd).then((stats) => stats.isDirectory(), () => false);
    if (!isDirectory) {
      throw new CodeplanError({ code: "oracle-cannot-start", userMessage: `The oracle \`${this.command}\` could not start: the repository folder ${cwd} does not exist.` });
    }
    try {
      return await runProcess({
        argv: this.options.argv,
        cwd,
        timeoutMs: this.options.timeoutMs ?? DEFAULT_ORACLE_TIMEOUT_MS,
        maxOutputBytes: this.options.maxOutputBytes ?? DEFAULT_ORACLE_MAX_OUTPUT_BYTES,
        ...(this.options.env ? { env: this.options.env } : {}),
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      throw startError({ command: this.command, cwd, error });
    }
  }
}

/** The root's real path when a symlink leads to it: tools report either spelling. */
async function rootAliases(root: string): Promise<string[]> {
  const real = await realpath(root).catch(() => root);
  return real === root ? [] : [real];
}

function joinOutput(run: ProcessRun): string {
  if (run.stdout === "" || run.stderr === "") return run.stdout + run.stderr;
  return `${run.stdout}${run.stdout.endsWith("\n") ? "" : "\n"}${run.stderr}`;
}
