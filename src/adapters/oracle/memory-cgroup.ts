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
  /** Removes the cgroup, waiting briefly for its processes to be gone. */
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
    remove: () => removeWhenEmpty(dir),
  };
}

/** Removes a cgroup once the kernel has let its last process go (a killed one may linger a moment); gives up after a second. */
async function removeWhenEmpty(dir: string): Promise<void> {
  for (let attempt = 0; attempt < 40; attempt++) {
    const removed = await rmdir(dir).then(
      () => true,
      (error: NodeJS.ErrnoException) => error.code !== "EBUSY",
    );
    if (removed) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
