import { CodeGraph } from "../../../src/engine/graph/code-graph.js";
import { codeplanImpact } from "../../../src/engine/impact/codeplan-impact.js";
import { propagate } from "../../../src/engine/propagate/propagate.js";
import type { Oracle } from "../../../src/engine/ports.js";
import { oracleRound } from "../../../src/engine/oracle/oracle-round.js";
import { checkTree } from "../../../src/engine/oracle/check-tree.js";
import { MemorySourceTree } from "../../../src/engine/source/memory-source-tree.js";
import { ScriptedModel, silentLogger } from "../../helpers/scripted-model.js";

async function setUp(files: Record<string, string>) {
  const tree = new MemorySourceTree(files);
  return { tree, graph: await CodeGraph.build(tree) };
}

async function text(tree: MemorySourceTree, path: string): Promise<string> {
  return new TextDecoder().decode(await tree.readFile(path));
}

const chain = {
  "app/storage.py": "def fetch(key):\n    return key\n",
  "app/service.py": "from app.storage import fetch\n\n\ndef get(key):\n    return fetch(key)\n\n\ndef unrelated():\n    return 1\n",
  "app/routes.py": "from app.service import get\n\n\ndef handler(key):\n    return get(key)\n",
};

test("a seed edit propagates through three levels across files, each edit planning the next", async () => {
  const { tree, graph } = await setUp(chain);
  const model = new ScriptedModel({
    "app/service.py::get": (sketch) => sketch.replace("def get(key):\n    return fetch(key)", "async def get(key):\n    return await fetch(key)"),
    "app/routes.py::handler": (sketch) => sketch.replace("def handler(key):\n    return get(key)", "async def handler(key):\n    return await get(key)"),
  });
  const result = await propagate({
    tree,
    graph,
    instruction: "make fetch async",
    seeds: [{ kind: "edit", files: [{ path: "app/storage.py", text: "async def fetch(key):\n    return key\n" }] }],
    editModel: model,
    impact: codeplanImpact(),
    logger: silentLogger,
  });
  expect(model.visitedBlocks()).toEqual(["app/service.py::get", "app/routes.py::handler"]);
  expect(result.plan.all().map((obligation) => [obligation.blockId, obligation.status])).toEqual([
    ["app/storage.py::fetch", "edited"],
    ["app/service.py::get", "edited"],
    ["app/routes.py::handler", "edited"],
  ]);
  expect(result.plan.getOrThrow(2).causes.map((cause) => cause.text)).toEqual([
    "`app/routes.py::handler` calls `app/service.py::get`; `get` signature changed: became async (callers must await it)",
  ]);
  expect(await text(tree, "app/routes.py")).toBe("from app.service import get\n\n\nasync def handler(key):\n    return await get(key)\n");
  expect(model.requests[1]?.temporal.map((step) => step.blockId)).toEqual(["app/service.py::get", "app/storage.py::fetch"]);
  // `get`, which handler calls, is shown as an earlier change, so related code does not repeat it.
  expect(model.requests[1]?.related).toEqual([]);
  expect(model.requests[0]?.related).toEqual([]);
  expect(result).toMatchObject({ visited: 2, stoppedBecause: "done" });
});

test("mutual recursion: a derived signature change does not plan straight back to its cause, so the loop ends", async () => {
  const { tree, graph } = await setUp({
    "m.py": "def ping(n):\n    return pong(n - 1) if n else 0\n\n\ndef pong(n):\n    return ping(n - 1) if n else 1\n",
  });
  const model = new ScriptedModel({
    "m.py::pong": (sketch) => sketch.replace("def pong(n):\n    return ping(n - 1) if n else 1", "def pong(n, trace):\n    return ping(n - 1, trace) if n else 1"),
  });
  const result = await propagate({
    tree,
    graph,
    instruction: "thread a trace list through ping/pong",
    seeds: [{ kind: "edit", files: [{ path: "m.py", text: "def ping(n, trace):\n    return pong(n - 1) if n else 0\n\n\ndef pong(n):\n    return ping(n - 1) if n else 1\n" }] }],
    editModel: model,
    impact: codeplanImpact(),
    logger: silentLogger,
  });
  expect(model.visitedBlocks()).toEqual(["m.py::pong"]);
  expect(result.stoppedBecause).toBe("done");
});

test("a deleted method plans its callers", async () => {
  const { tree, graph } = await setUp({
    "store.py": "class Store:\n    def old(self):\n        return 1\n\n    def new(self):\n        return 2\n",
    "use.py": "from store import Store\n\n\ndef use(s: Store):\n    return s.old()\n\n\ndef other(s: Store):\n    return s.new()\n",
  });
  const model = new ScriptedModel({ "use.py::use": (sketch) => sketch.replace("return s.old()", "return s.new()") });
  await propagate({
    tree,
    graph,
    instruction: "remove Store.old",
    seeds: [{ kind: "edit", files: [{ path: "store.py", text: "class Store:\n    def new(self):\n        return 2\n" }] }],
    editModel: model,
    impact: codeplanImpact(),
    logger: silentLogger,
  });
  expect(model.visitedBlocks()).toEqual(["use.py::use"]);
  expect(await text(tree, "use.py")).toContain("def use(s: Store):\n    return s.new()\n");
});

/** An oracle that reports every line containing `undefined_name` (a stand-in for a type checker; the real parsers are tested in test/engine/oracle). */
function markerOracle(tree: MemorySourceTree): Oracle {
  return {
    name: "marker",
    async run() {
      const diagnostics = [];
      for (const file of await tree.listFiles()) {
        const lines = new TextDecoder().decode(await tree.readFile(file)).split("\n");
        for (const [index, line] of lines.entries()) {
          if (line.includes("undefined_name")) diagnostics.push({ file, line: index + 1, severity: "error" as const, code: "E1", message: `undefined_name in ${file}`, source: "generic" as const });
        }
      }
      return { diagnostics, exitCode: diagnostics.length > 0 ? 1 : 0, timedOut: false, rawOutput: "", command: "marker", durationMs: 0 };
    },
  };
}

test("oracle errors that were there before never become seeds; new ones do, and the loop stops when they are fixed", async () => {
  const { tree, graph } = await setUp({
    "legacy.py": "def legacy():\n    return undefined_name\n",
    "a.py": "def helper(x):\n    return x\n",
    "b.py": "from a import helper\n\n\ndef caller():\n    return helper(1)\n",
  });
  const oracle = markerOracle(tree);
  const baseline = await checkTree({ oracle, tree });
  const model = new ScriptedModel({ "b.py::caller": (sketch) => sketch.replace("return helper(1)", "return helper(1, 2)") });
  const result = await propagate({
    tree,
    graph,
    instruction: "give helper a second parameter",
    seeds: [{ kind: "edit", files: [{ path: "a.py", text: "def helper(x, y):\n    return undefined_name\n" }] }],
    editModel: model,
    impact: codeplanImpact(),
    oracle: oracleRound({ oracle, tree, baseline }),
    logger: silentLogger,
    limits: { maxOracleRounds: 2 },
  });
  const oracleSeeds = result.plan.all().filter((obligation) => obligation.causes.some((cause) => cause.text.startsWith("oracle:")));
  expect(oracleSeeds.map((obligation) => obligation.blockId)).toEqual(["a.py::helper", "a.py::helper"]);
  expect(oracleSeeds.some((obligation) => obligation.blockId === "legacy.py::legacy")).toBe(false);
  expect(result.stoppedBecause).toBe("oracle-round-limit");
});

test("a derived edit that changes its own signature propagates further (the wrapper case)", async () => {
  const { tree, graph } = await setUp({
    "money.py": "def fmt(amount):\n    return str(amount)\n",
    "labels.py": "from money import fmt\n\n\ndef tag(amount, label=''):\n    return label + fmt(amount)\n",
    "card.py": "from labels import tag\n\n\ndef card(p):\n    return tag(p.price)\n",
  });
  const model = new ScriptedModel({
    "labels.py::tag": (sketch) => sketch.replace("def tag(amount, label=''):\n    return label + fmt(amount)", "def tag(amount, currency, label=''):\n    return label + fmt(amount, currency)"),
    "card.py::card": (sketch) => sketch.replace("return tag(p.price)", "return tag(p.price, p.currency)"),
  });
  const result = await propagate({
    tree,
    graph,
    instruction: "format in the item's currency",
    seeds: [{ kind: "edit", files: [{ path: "money.py", text: "def fmt(amount, currency):\n    return f'{amount} {currency}'\n" }] }],
    editModel: model,
    impact: codeplanImpact(),
    logger: silentLogger,
  });
  expect(model.visitedBlocks()).toEqual(["labels.py::tag", "card.py::card"]);
  expect(result.plan.all().every((obligation) => obligation.status === "edited")).toBe(true);
  expect(await text(tree, "card.py")).toBe("from labels import tag\n\n\ndef card(p):\n    return tag(p.price, p.currency)\n");
});
