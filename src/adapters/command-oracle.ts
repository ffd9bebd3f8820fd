import { realpath, stat } from "node:fs/promises";
import { CodeplanError, interpretOracleRun, type Oracle, type OracleFormatId, type OracleResult } from "../engine/index.js";
import { bubblewrapArgv, sandboxCanRun } from "./oracle/bubblewrap.js";
import { formatCommand } from "./oracle/format-command.js";
import { createMemoryCgroup, type MemoryCgroup } from "./oracle/memory-cgroup.js";
import { runProcess, type ProcessRun } from "./oracle/run-process.js";
import type { SandboxPolicy } from "./oracle/sandbox-policy.js";
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
  /** The child's environment; undefined inherits this process's. A sandbox gives it its own. */
  env?: NodeJS.ProcessEnv;
  /** How the command is confined (see SandboxPolicy); none when undefined. */
  sandbox?: SandboxPolicy;
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
    const sandbox = this.options.sandbox?.kind === "bubblewrap" ? this.options.sandbox : undefined;
    // Inside the sandbox bubblewrap would start the program and only print that it is missing.
    if (sandbox && !sandboxCanRun(this.options.argv[0] ?? "")) {
      throw startError({ command: this.command, cwd, error: Object.assign(new Error(`${this.options.argv[0]} not found`), { code: "ENOENT" }) });
    }
    const cgroup = sandbox ? await createMemoryCgroup(sandbox.memoryBytes) : undefined;
    try {
      const run = await this.runProcess(cwd, sandbox ? confined(this.options.argv, cwd, cgroup) : this.options.argv, signal);
      if (cgroup && !run.timedOut && !run.aborted && (await cgroup.outOfMemory())) {
        const megabytes = Math.round((sandbox?.memoryBytes ?? 0) / (1024 * 1024));
        throw new CodeplanError({
          code: "oracle-out-of-memory",
          userMessage: `The oracle \`${this.command}\` ran out of memory: it may use ${megabytes} MB (CODEPLAN_ORACLE_MEMORY_MB).`,
        });
      }
      return run;
    } finally {
      await cgroup?.remove();
    }
  }

  private async runProcess(cwd: string, argv: readonly string[], signal: AbortSignal | undefined): Promise<ProcessRun> {
    try {
      return await runProcess({
        argv,
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

/** The command in bubblewrap, inside the memory cgroup when there is one. */
function confined(argv: readonly string[], repoRoot: string, cgroup: MemoryCgroup | undefined): string[] {
  const sandboxed = bubblewrapArgv({ argv, repoRoot });
  return cgroup ? cgroup.wrap(sandboxed) : sandboxed;
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
