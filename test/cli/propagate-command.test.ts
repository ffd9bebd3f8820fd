import { execFileSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import nock from "nock";
import { main } from "../../src/cli.js";
import { claudeAnswering } from "../helpers/fake-claude.js";
import { tempDir } from "../helpers/temp-dir.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  nock.cleanAll();
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const base: Record<string, string> = {
  "shop/__init__.py": "",
  "shop/pricing.py": "def price(amount):\n    return round(amount, 2)\n",
  "shop/cart.py": "from shop.pricing import price\n\n\nclass Cart:\n    def __init__(self):\n        self.items = []\n\n    def total(self):\n        return sum(price(item) for item in self.items)\n",
  "shop/receipt.py": "from shop.pricing import price\n\n\ndef line(amount):\n    return f\"{price(amount)} due\"\n\n\ndef footer():\n    return 'thanks'\n",
};
const seed = "def price(amount, currency):\n    return round(amount, 2)\n";

/** Claude's edits: each caller passes a currency. */
const rewrites = {
  "shop/cart.py::Cart.total": (code: string) => code.replace("price(item)", 'price(item, "EUR")'),
  "shop/receipt.py::line": (code: string) => code.replace("price(amount)", 'price(amount, "EUR")'),
};

/** A git repository with `base` committed and the developer's seed edit in the working tree. */
async function checkout(config: string): Promise<{ repo: string; git: (...args: string[]) => string }> {
  const dir = await tempDir({ ...base, ".github/codeplan.yml": config });
  cleanups.push(dir.cleanup);
  const git = (...args: string[]) =>
    execFileSync("git", args, { cwd: dir.path, encoding: "utf8", env: { ...process.env, GIT_AUTHOR_NAME: "dev", GIT_AUTHOR_EMAIL: "dev@example.com", GIT_COMMITTER_NAME: "dev", GIT_COMMITTER_EMAIL: "dev@example.com" } });
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-qm", "base");
  await writeFile(join(dir.path, "shop/pricing.py"), seed);
  return { repo: dir.path, git };
}

async function cacheDir(): Promise<string> {
  const dir = await tempDir({});
  cleanups.push(dir.cleanup);
  return dir.path;
}

async function run(argv: string[], env: Record<string, string>, interrupt?: AbortSignal): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (text) => void (out += text), err: (text) => void (err += text), ...(interrupt ? { interrupt: () => interrupt } : {}) }, env);
  return { code, out, err };
}

const read = (repo: string, path: string) => readFile(join(repo, path), "utf8");

test("propagate carries the developer's edit to every caller with Claude, fixes what pyright then reports, and summarises", async () => {
  const { repo } = await checkout("oracle: pyright\n");
  // Claude's first edit of `line` nests double quotes in an f-string, which pyright (Python 3.11) rejects; asked again with the error, it fixes it.
  const claude = claudeAnswering({
    ...rewrites,
    "shop/receipt.py::line": (code) => (code.includes('"EUR"') ? code.replace('"EUR"', "'EUR'") : code.replace("price(amount)", 'price(amount, "EUR")')),
  });
  const result = await run(["propagate", repo, "--json"], { ANTHROPIC_API_KEY: "sk-ant-test", CODEPLAN_CACHE_DIR: await cacheDir() });
  expect(result.code).toBe(0);
  expect(await read(repo, "shop/cart.py")).toBe(base["shop/cart.py"]?.replace("price(item)", 'price(item, "EUR")'));
  expect(await read(repo, "shop/receipt.py")).toBe(base["shop/receipt.py"]?.replace("price(amount)", "price(amount, 'EUR')"));
  expect(await read(repo, "shop/pricing.py")).toBe(seed);
  const report = JSON.parse(result.out);
  expect(report.obligations.map((obligation: { block: string; status: string }) => `${obligation.block} ${obligation.status}`)).toEqual([
    "shop/pricing.py::price seed",
    "shop/cart.py::Cart.total edited",
    "shop/receipt.py::line edited",
    "shop/receipt.py::line edited",
  ]);
  expect(report.obligations[1].causes).toEqual([
    {
      from: "shop/pricing.py::price",
      relation: "CalledBy",
      text: "`shop/cart.py::Cart.total` calls `shop/pricing.py::price`; `price` signature changed: parameter `currency` added at position 2 (after `amount`) without a default (callers must pass it)",
    },
  ]);
  const oracleCause = "oracle: shop/receipt.py:5: Strings nested within an f-string cannot use the same quote character as the f-string prior to Python 3.12";
  expect(report.obligations[3].causes).toEqual([{ from: null, relation: "oracle", text: oracleCause }]);
  expect(report.summary).toEqual({
    edited: 3,
    mechanical: 0,
    unchanged: 0,
    failed: 0,
    notReached: 0,
    inputTokens: 3600,
    outputTokens: 450,
    cacheReadInputTokens: 0,
    cacheCreationInputTokens: 0,
    dollars: 0.0117,
    seconds: expect.any(Number),
    stoppedBecause: "done",
    files: ["shop/cart.py", "shop/receipt.py"],
  });
  expect(result.err).toBe(
    `  #1 edited    shop/cart.py::Cart.total  (CalledBy shop/pricing.py::price)\n  #2 edited    shop/receipt.py::line  (CalledBy shop/pricing.py::price)\n  #3 edited    shop/receipt.py::line  (${oracleCause})\n`,
  );
  expect(claude.bodies.map((body) => body.model)).toEqual(["claude-sonnet-5-5", "claude-sonnet-5-5", "claude-sonnet-5-5"]);
  expect(claude.bodies[2]?.messages[0]?.content[1]?.text).toContain(oracleCause.slice("oracle: ".length));
});

test("--commit commits exactly the files codeplan changed; a second run is answered from the response cache", async () => {
  const cache = await cacheDir();
  const first = await checkout("oracle: none\n");
  claudeAnswering(rewrites);
  const result = await run(["propagate", first.repo, "--commit"], { ANTHROPIC_API_KEY: "sk-ant-test", CODEPLAN_CACHE_DIR: cache });
  expect(result.code).toBe(0);
  expect(first.git("log", "-1", "--format=%B").trim()).toBe("codeplan: carry the changes since HEAD through the repository\n\nEdited by codeplan:\n- shop/cart.py::Cart.total\n- shop/receipt.py::line");
  expect(first.git("show", "--name-only", "--format=", "HEAD").trim()).toBe("shop/cart.py\nshop/receipt.py");
  expect(first.git("status", "--porcelain")).toBe(" M shop/pricing.py\n");
  expect(result.out).toMatch(/^ {2}#1 edited {4}shop\/cart.py::Cart.total {2}\(CalledBy shop\/pricing.py::price\)\n {2}#2 edited {4}shop\/receipt.py::line {2}\(CalledBy shop\/pricing.py::price\)\n2 edited, 0 unchanged, 0 failed.\n2,400 input tokens \(0 from the prompt cache\), 300 output tokens, \$0.0078, \d+\.\d s.\nCommitted [0-9a-f]{12}: shop\/cart.py, shop\/receipt.py\n$/);

  nock.cleanAll();
  const second = await checkout("oracle: none\n");
  const again = await run(["propagate", second.repo, "--json"], { ANTHROPIC_API_KEY: "sk-ant-test", CODEPLAN_CACHE_DIR: cache });
  expect(again.code).toBe(0);
  expect(JSON.parse(again.out).summary).toMatchObject({ edited: 2, inputTokens: 0, outputTokens: 0, dollars: 0 });
  expect(await read(second.repo, "shop/receipt.py")).toContain('price(amount, "EUR")');
});

test("without an API key the plan is printed, nothing is written, and the message says how to set the key", async () => {
  const { repo } = await checkout("oracle: none\n");
  const result = await run(["propagate", repo], { CODEPLAN_CACHE_DIR: await cacheDir() });
  expect(result.code).toBe(1);
  expect(result.out).toBe("  #1 planned   shop/cart.py::Cart.total  (CalledBy shop/pricing.py::price)\n  #2 planned   shop/receipt.py::line  (CalledBy shop/pricing.py::price)\n2 blocks planned; no model call was made and nothing was written.\n");
  expect(result.err).toMatch(/^codeplan: ANTHROPIC_API_KEY is not set, so no block was edited: the plan above is what codeplan would do. Set it to an Anthropic API key/);
  expect(await read(repo, "shop/cart.py")).toBe(base["shop/cart.py"]);
});

test("--dry-run makes no model call and writes nothing", async () => {
  const { repo } = await checkout("oracle: pyright\n");
  const result = await run(["propagate", repo, "--dry-run", "--json"], { ANTHROPIC_API_KEY: "sk-ant-test", CODEPLAN_CACHE_DIR: await cacheDir() });
  expect(result.code).toBe(0);
  const report = JSON.parse(result.out);
  expect(report.obligations.map((obligation: { block: string; status: string }) => `${obligation.block} ${obligation.status}`)).toEqual(["shop/pricing.py::price seed", "shop/cart.py::Cart.total planned", "shop/receipt.py::line planned"]);
  expect(report.summary).toMatchObject({ planned: 2, edited: 0, inputTokens: 0, dollars: 0, files: [] });
  expect(await read(repo, "shop/receipt.py")).toBe(base["shop/receipt.py"]);
});

test("an instruction on target blocks starts from them, with no edit of the developer's", async () => {
  const { repo, git } = await checkout("oracle: none\n");
  git("checkout", "--", "shop/pricing.py");
  claudeAnswering({ "shop/receipt.py::footer": (code) => code.replace("'thanks'", "'thank you'") });
  const result = await run(["propagate", repo, "--instruction", "Say thank you in full", "--target", "shop/receipt.py::footer", "--json"], { ANTHROPIC_API_KEY: "sk-ant-test", CODEPLAN_CACHE_DIR: await cacheDir() });
  expect(result.code).toBe(0);
  expect(await read(repo, "shop/receipt.py")).toContain("return 'thank you'\n");
  expect(JSON.parse(result.out).obligations).toEqual([{ block: "shop/receipt.py::footer", status: "edited", causes: [] }]);
});

test("a token budget that runs out mid-run stops cleanly: the answer in hand is written, the rest is reported", async () => {
  const { repo } = await checkout("oracle: none\nconcurrency: 1\nbudgets: { inputTokens: 1000 }\n");
  const claude = claudeAnswering(rewrites);
  const result = await run(["propagate", repo], { ANTHROPIC_API_KEY: "sk-ant-test", CODEPLAN_CACHE_DIR: await cacheDir() });
  expect(result.code).toBe(1);
  expect(result.out).toContain("1 edited, 0 unchanged, 0 failed, 1 not reached.\n1,200 input tokens");
  expect(result.out).toContain("Stopped early: the input token budget ran out (budgets.inputTokens).\n");
  expect(claude.bodies).toHaveLength(1);
  expect(await read(repo, "shop/cart.py")).toContain('price(item, "EUR")');
  expect(await read(repo, "shop/receipt.py")).toBe(base["shop/receipt.py"]);
});

test("an interrupt stops at once: the call in flight is abandoned, nothing more is asked, nothing is written", async () => {
  const { repo } = await checkout("oracle: none\n");
  const interrupt = new AbortController();
  const asked: string[] = [];
  nock("https://api.anthropic.com")
    .post("/v1/messages")
    .times(2)
    .reply(async (request) => {
      asked.push(await request.text());
      if (asked.length === 1) setTimeout(() => interrupt.abort(), 20);
      await new Promise((resolve) => request.signal.addEventListener("abort", resolve));
      return [200, {}];
    });
  const started = Date.now();
  const result = await run(["propagate", repo], { ANTHROPIC_API_KEY: "sk-ant-test", CODEPLAN_CACHE_DIR: await cacheDir() }, interrupt.signal);
  expect(Date.now() - started).toBeLessThan(5_000);
  expect(result.code).toBe(1);
  expect(result.out).toContain("0 edited, 0 unchanged, 0 failed, 2 not reached.\n0 input tokens");
  expect(result.out).toContain("Stopped early: cancelled.\n");
  expect(asked).toHaveLength(2);
  expect(await read(repo, "shop/cart.py")).toBe(base["shop/cart.py"]);
});

test.each([
  [["--target", "shop/receipt.py::footer"], '--target needs --instruction "…": what should be done to the target blocks?'],
  [["--dry-run", "--commit"], "--commit and --dry-run do not go together: a dry run changes nothing to commit."],
  [["--instruction", "x", "--target", "shop/receipt.py::fotter"], "--target shop/receipt.py::fotter is not a block of the repository; did you mean shop/receipt.py::line, shop/receipt.py::footer?"],
])("bad arguments %j are exit 1 with a message naming the problem", async (flags, message) => {
  const { repo } = await checkout("oracle: none\n");
  const result = await run(["propagate", repo, ...flags], { ANTHROPIC_API_KEY: "sk-ant-test" });
  expect(result).toEqual({ code: 1, out: "", err: `codeplan: ${message}\n` });
});

test("an invalid .github/codeplan.yml is exit 1 naming the setting", async () => {
  const { repo } = await checkout("concurrency: 0\n");
  const result = await run(["propagate", repo], { ANTHROPIC_API_KEY: "sk-ant-test" });
  expect(result).toEqual({ code: 1, out: "", err: "codeplan: .github/codeplan.yml has invalid settings:\n- concurrency must be at least 1\n" });
});

test("a renamed method reaches its callers without a model call; a dry run shows those renames as mechanical", async () => {
  const files = {
    "shop/__init__.py": "",
    "shop/cart.py": "class Cart:\n    def total(self):\n        return 0\n",
    "shop/report.py": "from shop.cart import Cart\n\n\ndef summary(cart: Cart):\n    return round(cart.total(), 2)\n",
  };
  const dir = await tempDir(files);
  cleanups.push(dir.cleanup);
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir.path, encoding: "utf8", env: { ...process.env, GIT_AUTHOR_NAME: "dev", GIT_AUTHOR_EMAIL: "dev@example.com", GIT_COMMITTER_NAME: "dev", GIT_COMMITTER_EMAIL: "dev@example.com" } });
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-qm", "base");
  await writeFile(join(dir.path, "shop/cart.py"), files["shop/cart.py"].replace("def total(", "def grand_total("));
  const env = { ANTHROPIC_API_KEY: "sk-ant-test", CODEPLAN_CACHE_DIR: await cacheDir() };
  const planned = await run(["propagate", dir.path, "--dry-run"], env);
  expect(planned.out).toBe("  #1 mechanical shop/report.py::summary  (CalledBy shop/cart.py::Cart.grand_total)\n0 blocks planned and 1 renamed without the model; no model call was made and nothing was written.\n");
  // No Anthropic request is mocked: a model call would fail the run.
  const result = await run(["propagate", dir.path, "--commit"], env);
  expect(result.code).toBe(0);
  expect(result.out).toMatch(/^ {2}#1 edited {4}shop\/report.py::summary {2}\(CalledBy shop\/cart.py::Cart.grand_total\)\n1 edited, 0 unchanged, 0 failed \(1 of them without the model\).\n0 input tokens \(0 from the prompt cache\), 0 output tokens, \$0.0000, \d+\.\d s.\nCommitted [0-9a-f]{12}: shop\/report.py\n$/);
  expect(await read(dir.path, "shop/report.py")).toBe(files["shop/report.py"].replace("cart.total()", "cart.grand_total()"));
});
