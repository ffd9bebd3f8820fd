import { PlanGraph } from "../../../src/engine/plan/plan-graph.js";

const edit = (blockId: string, before: string, after: string) => ({ blockId, afterBlockId: blockId, before, after });

test("a new cause for a pending block joins its obligation instead of duplicating it", () => {
  const plan = new PlanGraph();
  const root = plan.addCompletedRoot(edit("a.py::f", "def f(x)", "def f(x, y)"), "add y");
  const other = plan.addCompletedRoot(edit("a.py::g", "def g()", "async def g()"), "make g async");
  const first = plan.addDerived({ from: root.id, blockId: "b.py::h", relation: "CalledBy", cause: "h calls f", instruction: "add y" });
  const second = plan.addDerived({ from: other.id, blockId: "b.py::h", relation: "CalledBy", cause: "h calls g", instruction: "add y" });
  expect(second).toBe(first);
  expect(first?.causes.map((cause) => [cause.fromBlockId, cause.relation, cause.text])).toEqual([
    ["a.py::f", "CalledBy", "h calls f"],
    ["a.py::g", "CalledBy", "h calls g"],
  ]);
  expect(plan.all().filter((obligation) => obligation.status === "pending")).toHaveLength(1);
});

test("the same cause is planned once, and a block is visited at most three times in a cycle", () => {
  const plan = new PlanGraph();
  const a = plan.addRoot("a.py::a", "change");
  expect(plan.addDerived({ from: a.id, blockId: "a.py::b", relation: "CalledBy", cause: "b calls a", instruction: "i" })).toBeDefined();
  expect(plan.addDerived({ from: a.id, blockId: "a.py::b", relation: "CalledBy", cause: "b calls a", instruction: "i" })).toBeUndefined();
  let current = plan.next();
  let visits = 0;
  while (current && visits < 20) {
    visits++;
    plan.complete(current.id, edit(current.blockId, "x", "y"));
    const target = current.blockId === "a.py::a" ? "a.py::b" : "a.py::a";
    plan.addDerived({ from: current.id, blockId: target, relation: "CalledBy", cause: `${target} calls ${current.blockId}`, instruction: "i" });
    current = plan.next();
  }
  expect(visits).toBe(6);
  expect(plan.all().map((obligation) => obligation.blockId)).toEqual(["a.py::a", "a.py::b", "a.py::a", "a.py::b", "a.py::a", "a.py::b"]);
});

test("a block waits for the pending blocks it depends on; temporal context lists the edits on its paths", () => {
  const plan = new PlanGraph();
  const seed = plan.addCompletedRoot(edit("s.py::fetch", "def fetch()", "async def fetch()"), "make fetch async");
  const service = plan.addDerived({ from: seed.id, blockId: "svc.py::get", relation: "CalledBy", cause: "get calls fetch", instruction: "i" });
  const route = plan.addDerived({ from: service?.id ?? -1, blockId: "routes.py::handler", relation: "CalledBy", cause: "handler calls get", instruction: "i" });
  expect(plan.next()?.blockId).toBe("svc.py::get");
  expect(plan.ready().map((obligation) => obligation.blockId)).toEqual(["svc.py::get"]);
  plan.complete(service?.id ?? -1, edit("svc.py::get", "def get()", "async def get()"));
  expect(plan.next()?.blockId).toBe("routes.py::handler");
  expect(plan.temporalContext(route?.id ?? -1)).toEqual([
    { edit: edit("svc.py::get", "def get()", "async def get()"), relation: "CalledBy", cause: "handler calls get" },
    { edit: edit("s.py::fetch", "def fetch()", "async def fetch()"), relation: "CalledBy", cause: "get calls fetch" },
  ]);
});

test("unknown obligations are a CodeplanError", () => {
  expect(() => new PlanGraph().complete(7, edit("x", "a", "b"))).toThrow("No obligation #7 in the plan");
});
