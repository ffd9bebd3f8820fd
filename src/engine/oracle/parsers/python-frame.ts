import type { Frame } from "./test-failure.js";

// `  File "/abs/app/config.py", line 2, in endpoint` — a frame of a Python traceback.
const TRACEBACK_FRAME = /^\s*File "(.+)", line (\d+)(?:, in .+)?$/;

/** The frame a Python traceback line names, or undefined for any other line. */
export function pythonTracebackFrame(line: string): Frame | undefined {
  const match = TRACEBACK_FRAME.exec(line);
  if (!match) return undefined;
  return { path: match[1] ?? "", line: Number(match[2]) };
}
