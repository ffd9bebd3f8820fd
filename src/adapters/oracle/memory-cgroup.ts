import { mkdir, readFile, rmdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { randomUUID } from "node:crypto";

/** Where the kernel's cgroup v1 memory controller is mounted. */
const MEMORY_CONTROLLER = "/sys/fs/cgroup/memory";

/** A memory cgroup for one command: the command and everything it starts share its limit. */
export interface MemoryCgroup {
  /** The argv that moves itself into the cgroup, then runs `argv` (which inherits it). */
  wrap(argv: readonly string[]): string[];
  /** Whether the kernel killed a process of the cgroup for going over the limit. */
  outOfMemory(): Promise<boolean>;
  /** Removes the cgroup (its processes must have ended). */
  remove(): Promise<void>;
}

/**
 * A new memory cgroup limited to `limitBytes`, or undefined where the machine offers none that
 * codeplan may create (no cgroup v1 memory controller, or no permission).
 */
export async function createMemoryCgroup(limitBytes: number, controller = MEMORY_CONTROLLER): Promise<MemoryCgroup | undefined> {
  const dir = join(controller, `codeplan-${randomUUID()}`);
  try {
    await mkdir(dir);
  } catch {
    return undefined;
  }
  try {
    await writeFile(join(dir, "memory.limit_in_bytes"), String(limitBytes));
  } catch {
    await rmdir(dir).catch(() => undefined);
    return undefined;
  }
  return {
    // `$0` is the cgroup's process list: the shell enters the cgroup, then becomes the command.
    wrap: (argv) => ["/bin/sh", "-c", 'echo $$ > "$0" && exec "$@"', join(dir, "cgroup.procs"), ...argv],
    outOfMemory: async () => /^oom_kill [1-9]/m.test(await readFile(join(dir, "memory.oom_control"), "utf8").catch(() => "")),
    remove: () => rmdir(dir).catch(() => undefined),
  };
}
