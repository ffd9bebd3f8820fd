import { spawnSync } from "node:child_process";
import { CodeplanError } from "../../engine/index.js";

/**
 * How a repository's own commands (its oracle) are confined: in bubblewrap (no network, no
 * secrets, read-only but for the repository), with a memory limit where the machine allows one;
 * or not at all.
 */
export type SandboxPolicy = { kind: "bubblewrap"; memoryBytes: number } | { kind: "none" };

/** The sandbox setting (CODEPLAN_SANDBOX): bubblewrap when it works here, bubblewrap or fail, or none. */
export type SandboxSetting = "auto" | "bubblewrap" | "none";

/** Whether bubblewrap is installed and can make its namespaces on this machine. */
export function bubblewrapWorks(): boolean {
  const probe = spawnSync("bwrap", ["--unshare-all", "--die-with-parent", "--ro-bind", "/", "/", "--", "/bin/true"], { stdio: "ignore", timeout: 10_000 });
  return probe.status === 0;
}

/**
 * The policy for a setting. `auto` falls back to no sandbox when bubblewrap does not work here,
 * and says so in `warning`; `bubblewrap` then fails with a message saying how to install it.
 */
export function sandboxPolicy(setting: SandboxSetting, memoryMb: number, works: () => boolean = bubblewrapWorks): { policy: SandboxPolicy; warning?: string } {
  if (setting === "none") return { policy: { kind: "none" } };
  if (works()) return { policy: { kind: "bubblewrap", memoryBytes: memoryMb * 1024 * 1024 } };
  const missing = "bubblewrap (`bwrap`) is not installed or cannot create namespaces here";
  if (setting === "bubblewrap") {
    throw new CodeplanError({
      code: "sandbox-unavailable",
      userMessage: `CODEPLAN_SANDBOX=bubblewrap, but ${missing}. Install it (Debian/Ubuntu: apt-get install bubblewrap), or set CODEPLAN_SANDBOX=auto to run the oracle unconfined where it cannot work.`,
    });
  }
  return { policy: { kind: "none" }, warning: `${missing}: the repository's oracle runs without a sandbox, with this machine's network and environment. Install bubblewrap (apt-get install bubblewrap) to confine it.` };
}
