import { buildFixtureGraph } from "../../helpers/resolution-fixture.js";

const files = {
  "a.py": "class Client:\n    def send(self, msg):\n        return msg\n",
  "b.py": "from a import Client\n\n\ndef run(c: Client):\n    return c.send('x')\n",
  "c.py": "class Other:\n    def send(self, msg):\n        return None\n",
};

test("lookups come in pairs: getBlock is undefined, getBlockOrThrow names what was looked for", async () => {
  const { graph } = await buildFixtureGraph(files);
  expect(graph.getBlock("a.py::Nope")).toBeUndefined();
  expect(() => graph.getBlockOrThrow("a.py::Nope")).toThrow("No block a.py::Nope in the dependency graph");
  expect(graph.getBlockOrThrow("a.py::Client.send").kind).toBe("method");
});

test("symbol lookup by qualified name: every file's block of that symbol, or one block by id", async () => {
  const { graph } = await buildFixtureGraph(files);
  expect(graph.findSymbol("Client.send").map((block) => block.id)).toEqual(["a.py::Client.send"]);
  expect(graph.findSymbol("c.py::Other.send").map((block) => block.id)).toEqual(["c.py::Other.send"]);
  expect(graph.findSymbol("send")).toEqual([]);
});

test("a relation and its inverse are answered from the same edge", async () => {
  const { graph } = await buildFixtureGraph(files);
  expect(graph.related("b.py::run", "Calls").map((related) => related.block.id)).toEqual(["a.py::Client.send"]);
  expect(graph.related("a.py::Client.send", "CalledBy").map((related) => [related.block.id, related.edge.line, related.edge.confidence])).toEqual([["b.py::run", 5, "resolved"]]);
  expect(graph.related("c.py::Other.send", "CalledBy")).toEqual([]);
});

test("removing a block drops every edge that touches it; renaming keeps them", async () => {
  const { graph } = await buildFixtureGraph(files);
  const renamed = { ...graph.getBlockOrThrow("a.py::Client.send"), id: "a.py::Client.post", symbol: "Client.post", name: "post" };
  graph.renameBlock("a.py::Client.send", renamed);
  expect(graph.related("b.py::run", "Calls").map((related) => related.block.id)).toEqual(["a.py::Client.post"]);
  graph.removeBlock("a.py::Client.post");
  expect(graph.related("b.py::run", "Calls")).toEqual([]);
  expect([...graph.allEdges()].some((edge) => edge.to === "a.py::Client.post" || edge.from === "a.py::Client.post")).toBe(false);
});

test("an edge to a target it already has with the same relation and member is not added again (the first stays)", async () => {
  const { graph } = await buildFixtureGraph(files);
  const first = graph.edgesFrom("b.py::run").find((edge) => edge.relation === "Calls");
  if (!first) throw new Error("expected a Calls edge");
  graph.addEdge({ ...first, line: 99 });
  graph.addEdge({ ...first, relation: "Uses", line: 98 });
  expect(graph.edgesFrom("b.py::run").filter((edge) => edge.to === first.to).map((edge) => [edge.relation, edge.line])).toEqual([
    ["Calls", 5],
    ["Uses", 98],
  ]);
  expect(graph.edgesTo(first.to).filter((edge) => edge.from === "b.py::run").map((edge) => edge.relation)).toEqual(["Calls", "Uses"]);
});

test("relining moves a block's edge lines in place, or changes nothing when a line has no new one", async () => {
  const { graph } = await buildFixtureGraph(files);
  const before = graph.edgesFrom("b.py::run").map((edge) => `${edge.relation} ${edge.to} @${edge.line}`);
  expect(graph.relineEdgesFrom("b.py::run", (line) => (line === 5 ? undefined : line + 2))).toBe(false);
  expect(graph.edgesFrom("b.py::run").map((edge) => `${edge.relation} ${edge.to} @${edge.line}`)).toEqual(before);
  expect(graph.relineEdgesFrom("b.py::run", (line) => line + 2)).toBe(true);
  expect(graph.edgesFrom("b.py::run").map((edge) => edge.line)).toEqual(graph.edgesFrom("b.py::run").map((_, index) => Number(before[index]?.split("@")[1]) + 2));
  expect(graph.related("a.py::Client.send", "CalledBy").map((related) => related.edge.line)).toEqual([7]);
});
