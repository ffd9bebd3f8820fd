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
