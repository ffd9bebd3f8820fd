import { CodeplanError } from "../../../src/engine/errors/codeplan-error.js";
import { CodeGraph } from "../../../src/engine/graph/code-graph.js";
import { codeplanImpact } from "../../../src/engine/impact/codeplan-impact.js";
import type { EditAnswer, EditModel, EditRequest, ModelUsage } from "../../../src/engine/ports.js";
import { propagate, type PropagateParams } from "../../../src/engine/propagate/propagate.js";
import { MemorySourceTree } from "../../../src/engine/source/memory-source-tree.js";
import { textsOf } from "../../helpers/make-repo.js";
import { silentLogger } from "../../helpers/scripted-model.js";

/** `fetch` gains a parameter; five callers in five files and two in one shared file must pass it. */
const before: Record<string, string> = {
  "lib.py": "def fetch(key):\n    return key\n",
  "shared.py": "from lib import fetch\n\n\ndef one():\n    return fetch('1')\n\n\ndef two():\n    return fetch('2')\n",
  ...Object.fromEntries([1, 2, 3, 4, 5].map((n) => [`use${n}.py`, `from lib import fetch\n\n\ndef use${n}():\n    return fetch('${n}')\n`])),
};
const seedText = "def fetch(key, timeout):\n    return key\n";

function usage(inputTokens: number): ModelUsage {
  return { inputTokens, outputTokens: 100, cacheReadInputTokens: 0, cacheCreationInputTokens: 0, dollars: inputTokens / 1000, fromCache: false };
}

/**
 * Adds `, 5` to every `fetch(…)` call of the sketch after a delay chosen per block; records how
 * many calls were in flight at once, overall and per file.
 */
class DelayedModel implements EditModel {
  readonly requests: EditRequest[] = [];
  inFlight = 0;
  maxInFlight = 0;
  readonly filesInFlight = new Set<string>();
  sameFileOverlap = false;

  constructor(private readonly delayMs: (blockId: string) => number) {}

  async edit(request: EditRequest, signal?: AbortSignal): Promise<EditAnswer> {
    this.requests.push(request);
    if (this.filesInFlight.has(request.sketch.file)) this.sameFileOverlap = true;
    this.filesInFlight.add(request.sketch.file);
    this.maxInFlight = Math.max(this.maxInFlight, ++this.inFlight);
    try {
      await abortableDelay(this.delayMs(request.blockId), signal);
      return { kind: "edited", sketch: request.sketch.text.replace(/fetch\('(\d)'\)/g, "fetch('$1', 5)"), usage: usage(1000) };
    } finally {
      this.inFlight--;
      this.filesInFlight.delete(request.sketch.file);
    }
  }
}

function abortableDelay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(new CodeplanError({ code: "cancelled", userMessage: "The model call was cancelled" }));
    });
  });
}

async function run(model: EditModel, extra: Partial<PropagateParams> = {}) {
  const tree = new MemorySourceTree(before);
  const graph = await CodeGraph.build(tree);
  const result = await propagate({
    tree,
    graph,
    instruction: "pass a timeout to fetch",
    seeds: [{ kind: "edit", files: [{ path: "lib.py", text: seedText }] }],
    editModel: model,
    impact: codeplanImpact(),
    logger: silentLogger,
    ...extra,
  });
  const files = await textsOf(tree);
  return { result, files, summary: result.plan.all().map((obligation) => `${obligation.id} ${obligation.blockId} ${obligation.status}`) };
}

test("four model calls run at once, never two in one file, and the result does not depend on which answer arrives first", async () => {
  const blocks = ["shared.py::one", "shared.py::two", "use1.py::use1", "use2.py::use2", "use3.py::use3", "use4.py::use4", "use5.py::use5"];
  const fastFirst = new DelayedModel((blockId) => 5 + blocks.indexOf(blockId) * 5);
  const slowFirst = new DelayedModel((blockId) => 40 - blocks.indexOf(blockId) * 5);
  const a = await run(fastFirst);
  const b = await run(slowFirst);
  expect(a.files).toEqual(b.files);
  expect(a.summary).toEqual(b.summary);
  expect(a.files["shared.py"]).toBe("from lib import fetch\n\n\ndef one():\n    return fetch('1', 5)\n\n\ndef two():\n    return fetch('2', 5)\n");
  expect(a.files["use5.py"]).toBe("from lib import fetch\n\n\ndef use5():\n    return fetch('5', 5)\n");
  expect(a.result).toMatchObject({ stoppedBecause: "done", visited: 7 });
  expect([fastFirst.maxInFlight, slowFirst.maxInFlight]).toEqual([4, 4]);
  expect([fastFirst.sameFileOverlap, slowFirst.sameFileOverlap]).toEqual([false, false]);
});

test("concurrency 1 gives the same files as concurrency 4", async () => {
  const serial = await run(new DelayedModel(() => 1), { limits: { concurrency: 1 } });
  const parallel = await run(new DelayedModel(() => 1));
  expect(serial.files).toEqual(parallel.files);
  expect(serial.result.spending).toMatchObject({ modelCalls: 7, inputTokens: 7000, outputTokens: 700, dollars: 7, obligations: 7 });
});

test("when the token budget runs out, the calls in flight finish and nothing new starts; the rest stays pending", async () => {
  const model = new DelayedModel(() => 1);
  const { result, summary } = await run(model, { limits: { concurrency: 2 }, budget: { inputTokens: 2500 } });
  expect(result.stoppedBecause).toBe("input-token-limit");
  expect(model.requests).toHaveLength(4);
  expect(result.spending).toMatchObject({ inputTokens: 4000, modelCalls: 4, obligations: 4 });
  expect(summary.filter((line) => line.endsWith("pending"))).toHaveLength(3);
});

test("dollar and obligation budgets stop the run the same way", async () => {
  const byDollars = await run(new DelayedModel(() => 1), { limits: { concurrency: 1 }, budget: { dollars: 2 } });
  expect(byDollars.result).toMatchObject({ stoppedBecause: "dollar-limit", visited: 2 });
  const byCount = await run(new DelayedModel(() => 1), { limits: { concurrency: 1 }, budget: { obligations: 3 } });
  expect(byCount.result).toMatchObject({ stoppedBecause: "obligation-limit", visited: 3 });
});

test("the wall-time budget aborts the calls in flight; their obligations are pending again", async () => {
  const model = new DelayedModel(() => 60_000);
  const started = Date.now();
  const { result, summary } = await run(model, { budget: { wallSeconds: 0.2 } });
  expect(Date.now() - started).toBeLessThan(5_000);
  expect(result.stoppedBecause).toBe("time-limit");
  expect(model.requests).toHaveLength(4);
  expect(summary.filter((line) => line.endsWith("pending"))).toHaveLength(7);
});

test("cancelling stops at once: calls in flight are aborted and no new call starts", async () => {
  const controller = new AbortController();
  const model = new DelayedModel(() => 60_000);
  setTimeout(() => controller.abort(), 50);
  const { result } = await run(model, { signal: controller.signal });
  expect(result.stoppedBecause).toBe("cancelled");
  expect(model.requests).toHaveLength(4);
});

test("a model call that fails stops the run with its message and leaves the obligation pending", async () => {
  const failing: EditModel = {
    edit: async () => {
      throw new CodeplanError({ code: "model-rejected", userMessage: "The model rejected the request: model: claude-x not found" });
    },
  };
  const { result, summary } = await run(failing, { limits: { concurrency: 1 } });
  expect(result).toMatchObject({ stoppedBecause: "model-error", error: "The model rejected the request: model: claude-x not found" });
  expect(summary.filter((line) => line.endsWith("pending"))).toHaveLength(7);
});

test("an answer that does not follow the format is asked for again once, with the reason", async () => {
  const requests: EditRequest[] = [];
  const model: EditModel = {
    edit: async (request) => {
      requests.push(request);
      if (request.blockId !== "use1.py::use1") return { kind: "no-change" };
      return request.previousError ? { kind: "edited", sketch: request.sketch.text.replace("fetch('1')", "fetch('1', 5)") } : { kind: "unusable", reason: "The answer had no fenced code block." };
    },
  };
  const { result, files } = await run(model, { limits: { concurrency: 1 } });
  expect(requests.filter((request) => request.blockId === "use1.py::use1").map((request) => request.previousError)).toEqual([undefined, "The answer had no fenced code block."]);
  expect(files["use1.py"]).toContain("return fetch('1', 5)");
  expect(result.plan.all().find((obligation) => obligation.blockId === "use1.py::use1")?.status).toBe("edited");
});

test("an answer unusable twice fails the obligation and is never written", async () => {
  const model: EditModel = { edit: async (request) => (request.blockId === "use2.py::use2" ? { kind: "edited", sketch: "def use2(:\n" } : { kind: "no-change" }) };
  const { result, files } = await run(model, { limits: { concurrency: 1 } });
  const failed = result.plan.all().find((obligation) => obligation.blockId === "use2.py::use2");
  expect(failed?.status).toBe("failed");
  expect(failed?.failure).toMatch(/^The edit of use2.py::use2 could not be applied: the answer does not parse \(line 1/);
  expect(files["use2.py"]).toBe(before["use2.py"]);
});

test("a block two running visits may plan waits for both and is visited once, with both causes", async () => {
  // `fetch` gains a parameter; `left` and `right` pass it on as a parameter of their own, so both plan `top`, which calls them.
  const files: Record<string, string> = {
    "lib.py": "def fetch(key):\n    return key\n",
    "left.py": "from lib import fetch\n\n\ndef left():\n    return fetch('l')\n",
    "right.py": "from lib import fetch\n\n\ndef right():\n    return fetch('r')\n",
    "top.py": "from left import left\nfrom right import right\n\n\ndef top():\n    return left() + right()\n",
  };
  const rewrites: Record<string, (sketch: string) => string> = {
    "left.py::left": (sketch) => sketch.replace("def left():", "def left(timeout):").replace("fetch('l')", "fetch('l', timeout)"),
    "right.py::right": (sketch) => sketch.replace("def right():", "def right(timeout):").replace("fetch('r')", "fetch('r', timeout)"),
    "top.py::top": (sketch) => sketch.replace("left() + right()", "left(5) + right(5)"),
  };
  // `left` answers at once, `right` much later: without waiting, `top` would be visited after `left` and again after `right`.
  const delays: Record<string, number> = { "right.py::right": 60 };
  const requests: EditRequest[] = [];
  const model: EditModel = {
    edit: async (request) => {
      requests.push(request);
      await abortableDelay(delays[request.blockId] ?? 1);
      const rewrite = rewrites[request.blockId];
      return rewrite ? { kind: "edited", sketch: rewrite(request.sketch.text) } : { kind: "no-change" };
    },
  };
  const tree = new MemorySourceTree(files);
  const result = await propagate({
    tree,
    graph: await CodeGraph.build(tree),
    instruction: "pass a timeout to fetch",
    seeds: [{ kind: "edit", files: [{ path: "lib.py", text: "def fetch(key, timeout):\n    return key\n" }] }],
    editModel: model,
    impact: codeplanImpact(),
    logger: silentLogger,
  });
  expect(requests.map((request) => request.blockId)).toEqual(["left.py::left", "right.py::right", "top.py::top"]);
  const top = result.plan.all().find((obligation) => obligation.blockId === "top.py::top");
  expect(top?.causes.map((cause) => (cause.source === "impact" ? `${cause.fromBlockId} ${cause.relation}` : cause.source))).toEqual(["left.py::left CalledBy", "right.py::right CalledBy"]);
  expect((await textsOf(tree))["top.py"]).toContain("return left(5) + right(5)");
});
