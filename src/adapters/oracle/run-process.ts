import { spawn } from "node:child_process";
import { CappedOutput } from "./capped-output.js";

export interface ProcessRunOptions {
  argv: readonly string[];
  cwd: string;
  timeoutMs: number;
  /** Per stream; bytes past it are dropped (and `outputTruncated` set), the process keeps running. */
  maxOutputBytes: number;
  /** The child's environment; undefined inherits this process's. */
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
}

export interface ProcessRun {
  stdout: string;
  stderr: string;
  /** Null when a signal ended the process. */
  exitCode: number | null;
  timedOut: boolean;
  aborted: boolean;
  outputTruncated: boolean;
  durationMs: number;
}

// After the process exits, how long to wait for its output pipes to close before killing whatever it
// left running in its group that still holds them.
const DRAIN_GRACE_MS = 2000;

/**
 * Runs `argv` without a shell in a process group of its own, capturing stdout and stderr. On timeout
 * or abort the whole group is killed (a test runner's workers too) and the run resolves with
 * `timedOut`/`aborted` set. Rejects only when the process cannot start (the spawn error, e.g. ENOENT).
 */
export function runProcess(options: ProcessRunOptions): Promise<ProcessRun> {
  const [command = "", ...args] = options.argv;
  const startedAt = performance.now();
  const stdout = new CappedOutput(options.maxOutputBytes);
  const stderr = new CappedOutput(options.maxOutputBytes);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let timedOut = false;
    let aborted = false;
    let settled = false;
    const killGroup = (): void => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // the group is already gone
      }
    };
    const onAbort = (): void => {
      aborted = true;
      killGroup();
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, options.timeoutMs);
    const finish = (exitCode: number | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      resolve({
        stdout: stdout.text(),
        stderr: stderr.text(),
        exitCode,
        timedOut,
        aborted,
        outputTruncated: stdout.truncated || stderr.truncated,
        durationMs: Math.round(performance.now() - startedAt),
      });
    };
    if (options.signal?.aborted) onAbort();
    options.signal?.addEventListener("abort", onAbort);
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      reject(error);
    });
    child.on("exit", (code) => {
      setTimeout(() => {
        if (settled) return;
        killGroup();
        child.stdout.destroy();
        child.stderr.destroy();
        finish(code);
      }, DRAIN_GRACE_MS).unref();
    });
    child.on("close", (code) => finish(code));
  });
}
