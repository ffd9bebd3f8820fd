import { buildFixtureGraph } from "../../helpers/resolution-fixture.js";

test("a reference repeated in a block is resolved once: its edges keep the line it first appears on", async () => {
  const { graph } = await buildFixtureGraph({
    "a.py": [
      "class Store:",
      "    def get(self):",
      "        return 1",
      "",
      "def use(store: Store):",
      "    store.get()",
      "    store.get()",
      "    handler = store.get",
      "    return store.get()",
      "",
    ].join("\n"),
  });
  const edges = graph.related("a.py::use", "Calls").concat(graph.related("a.py::use", "Uses"));
  expect(edges.map(({ block, edge }) => [edge.relation, block.id, edge.line])).toEqual([
    ["Calls", "a.py::Store.get", 6],
    ["Uses", "a.py::Store", 5],
    ["Uses", "a.py::Store.get", 8],
  ]);
});
