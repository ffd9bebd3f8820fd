import { existsSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { homedir } from "node:os";
import { join } from "node:path";
import { CommandOracle } from "../../../src/adapters/command-oracle.js";
import { bubblewrapArgv } from "../../../src/adapters/oracle/bubblewrap.js";
import { createMemoryCgroup } from "../../../src/adapters/oracle/memory-cgroup.js";
import { runProcess } from "../../../src/adapters/oracle/run-process.js";
import { pyrightOracle } from "../../../src/adapters/oracle/pyright-oracle.js";
import { sandboxPolicy, type SandboxPolicy } from "../../../src/adapters/oracle/sandbox-policy.js";
import { tempDir } from "../../helpers/temp-dir.js";

const SANDBOX: SandboxPolicy = { kind: "bubblewrap", memoryBytes: 1024 * 1024 * 1024 };

/** What `script` prints when run by `sh` in `root`, confined or not. */
async function output(root: string, script: string, sandbox: SandboxPolicy = SANDBOX, env?: NodeJS.ProcessEnv): Promise<string> {
  const result = await new CommandOracle({ argv: ["sh", "-c", script], repoRoot: root, format: "generic", sandbox, ...(env ? { env } : {}) }).run();
  return result.rawOutput;
}

/** `node -e` source as a shell word. */
function node(source: string): string {
  return `${process.execPath} -e '${source}'`;
}

describe("the oracle sandbox (bubblewrap)", () => {
  let root: string;
  let cleanup: () => Promise<void>;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    ({ path: root, cleanup } = await tempDir({ "app/a.py": "x = 1\n" }));
    server = createServer((_request, response) => response.end("hello"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await cleanup();
  });

  test("this machine has a working bubblewrap (the setup installs it)", () => {
    expect(sandboxPolicy("bubblewrap", 512).policy).toEqual({ kind: "bubblewrap", memoryBytes: 512 * 1024 * 1024 });
  });

  test("no network, not even a server on the loopback interface; the same command reaches it unconfined", async () => {
    const probe = node(`fetch("${url}").then(() => console.log("reached"), () => console.log("blocked"))`);
    expect(await output(root, probe)).toBe("blocked\n");
    expect(await output(root, probe, { kind: "none" })).toBe("reached\n");
  });

  test("none of codeplan's environment: no API key, HOME a fresh /tmp", async () => {
    const env = { ...process.env, ANTHROPIC_API_KEY: "sk-ant-secret", HOME: homedir() };
    const probe = node('console.log(process.env.ANTHROPIC_API_KEY ?? "no key", process.env.HOME)');
    expect(await output(root, probe, SANDBOX, env)).toBe("no key /tmp\n");
    expect(await output(root, probe, { kind: "none" }, env)).toBe(`sk-ant-secret ${homedir()}\n`);
  });

  test("writes only inside the repository; home folders are hidden", async () => {
    const outside = join(process.cwd(), `sandbox-probe-${process.pid}.txt`);
    const inHome = join(homedir(), `.codeplan-sandbox-probe-${process.pid}`);
    await writeFile(inHome, "credentials\n");
    try {
      const script = `echo kept > inside.txt; (echo lost > ${outside}) 2>/dev/null || echo refused; cat ${inHome} 2>/dev/null || echo hidden`;
      expect(await output(root, script)).toBe("refused\nhidden\n");
      expect(await readFile(join(root, "inside.txt"), "utf8")).toBe("kept\n");
      expect(existsSync(outside)).toBe(false);
    } finally {
      await rm(inHome, { force: true });
      await rm(outside, { force: true });
    }
  });

  test("what codeplan needs from a temporary folder (its own packages, when installed there) stays readable; the rest of /tmp is fresh", async () => {
    const installed = await tempDir({ "node_modules/checker/index.js": "checker\n" });
    const other = await tempDir({ "secret.txt": "other\n" });
    try {
      const script = `cat ${installed.path}/node_modules/checker/index.js; cat ${other.path}/secret.txt 2>/dev/null || echo gone`;
      const argv = bubblewrapArgv({ argv: ["sh", "-c", script], repoRoot: root, installed: [installed.path] });
      const run = await runProcess({ argv, cwd: root, timeoutMs: 10_000, maxOutputBytes: 4096 });
      expect([run.exitCode, run.stdout]).toEqual([0, "checker\ngone\n"]);
    } finally {
      await installed.cleanup();
      await other.cleanup();
    }
  });

  test("a program the sandbox cannot find is named, as outside it", async () => {
    const oracle = new CommandOracle({ argv: ["no-such-checker", "."], repoRoot: root, format: "generic", sandbox: SANDBOX });
    await expect(oracle.run()).rejects.toMatchObject({ code: "oracle-not-found", userMessage: expect.stringContaining("`no-such-checker` was not found") });
  });

  test("pyright runs confined and reports the repository's errors", async () => {
    const { path, cleanup: remove } = await tempDir({ "pkg/__init__.py": "", "pkg/m.py": "def f(x: int) -> int:\n    return x\n\n\nf('a')\n" });
    try {
      const result = await pyrightOracle({ repoRoot: path, sandbox: SANDBOX }).run();
      expect(result.diagnostics.map((diagnostic) => `${diagnostic.file}:${diagnostic.line} ${diagnostic.severity}`)).toEqual(["pkg/m.py:5 error"]);
    } finally {
      await remove();
    }
  });

  // The memory limit needs a cgroup v1 memory controller codeplan may write to (root on this kind of machine).
  const memoryControlled = existsSync("/sys/fs/cgroup/memory/memory.limit_in_bytes");
  (memoryControlled ? test : test.skip)("a command over its memory limit is killed, and the error says so", async () => {
    const cgroup = await createMemoryCgroup(1024 * 1024);
    expect(cgroup).toBeDefined();
    await cgroup?.remove();
    const hog = node("const kept = []; for (let i = 0; i < 64; i++) kept.push(Buffer.alloc(16 * 1024 * 1024, 1)); console.log(kept.length)");
    const oracle = new CommandOracle({ argv: ["sh", "-c", hog], repoRoot: root, format: "generic", sandbox: { kind: "bubblewrap", memoryBytes: 128 * 1024 * 1024 } });
    await expect(oracle.run()).rejects.toMatchObject({ code: "oracle-out-of-memory", userMessage: "The oracle `sh -c '" + hog.replaceAll("'", "'\\''") + "'` ran out of memory: it may use 128 MB (CODEPLAN_ORACLE_MEMORY_MB)." });
  });

  test("auto falls back to no sandbox with a warning where bubblewrap cannot run; bubblewrap then refuses to start", () => {
    const broken = () => false;
    expect(sandboxPolicy("auto", 512, broken)).toEqual({ policy: { kind: "none" }, warning: expect.stringMatching(/^bubblewrap \(`bwrap`\) is not installed or cannot create namespaces here: the repository's oracle runs without a sandbox/) });
    expect(() => sandboxPolicy("bubblewrap", 512, broken)).toThrow(/CODEPLAN_SANDBOX=bubblewrap, but bubblewrap \(`bwrap`\) is not installed/);
    expect(sandboxPolicy("none", 512, broken)).toEqual({ policy: { kind: "none" } });
    expect(sandboxPolicy("auto", 512)).toEqual({ policy: { kind: "bubblewrap", memoryBytes: 512 * 1024 * 1024 } });
  });
});
