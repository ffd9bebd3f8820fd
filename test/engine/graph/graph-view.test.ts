import { graphView } from "../../../src/engine/graph/graph-view.js";
import { renderDot, renderMermaid } from "../../../src/engine/graph/render-graph.js";
import { buildFixtureGraph } from "../../helpers/resolution-fixture.js";

const files = {
  "a.py": "def low():\n    return 1\n",
  "b.py": "from a import low\n\n\ndef mid():\n    return low()\n",
  "c.py": "from b import mid\n\n\ndef top():\n    return mid()\n",
};

test("--focus with --depth keeps the blocks within that many edges and the edges among them", async () => {
  const { graph } = await buildFixtureGraph(files);
  const view = graphView(graph, { focus: "a.py::low", depth: 1 });
  expect(view.blocks.map((block) => block.id).sort()).toEqual(["a.py::low", "b.py::mid"]);
  expect(view.edges).toEqual([{ from: "b.py::mid", to: "a.py::low", relation: "Calls", confidence: "resolved", line: 5 }]);
  expect(graphView(graph, { focus: "a.py::low", depth: 2 }).blocks.map((block) => block.id)).toContain("c.py::top");
  expect(() => graphView(graph, { focus: "a.py::nope" })).toThrow("No block a.py::nope in the dependency graph");
});

test("dot and mermaid renderings name every block and label every edge", async () => {
  const { graph } = await buildFixtureGraph(files);
  const view = graphView(graph, { focus: "a.py::low", depth: 1 });
  const dot = renderDot(view);
  expect(dot).toContain('"b.py::mid" -> "a.py::low" [label="Calls"];');
  expect(dot).toMatch(/subgraph cluster_\d+ \{\n    label="a.py";/);
  const mermaid = renderMermaid(view);
  expect(mermaid.split("\n")[0]).toBe("flowchart LR");
  expect(mermaid).toMatch(/b\d+\["b\.py::mid"\]/);
  expect(mermaid).toMatch(/b\d+ -->\|Calls\| b\d+/);
});
