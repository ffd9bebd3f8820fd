import { CodeGraph } from "../../../src/engine/graph/code-graph.js";
import { codeplanImpact } from "../../../src/engine/impact/codeplan-impact.js";
import { MemorySourceTree } from "../../../src/engine/source/memory-source-tree.js";
import { parseWithFacts } from "../../helpers/facts.js";

/** Applies one file edit to a graph of `files` and returns `[block, relation]` for every impact, D and D' rules together. */
async function impactsOf(files: Record<string, string>, path: string, newText: string): Promise<string[][]> {
  const graph = await CodeGraph.build(new MemorySourceTree(files));
  const after = await parseWithFacts(path, newText);
  const edit = { graph, before: graph.index.files.get(path), after };
  const analysis = codeplanImpact();
  const before = await analysis.beforeUpdate(edit);
  graph.updateFile(after);
  const later = await analysis.afterUpdate(edit);
  return [...before, ...later].map((impact) => [impact.blockId, impact.relation]);
}

const shapes = {
  "shapes.py": "class Shape:\n    def area(self):\n        return 0\n\n\nclass Square(Shape):\n    def __init__(self, side):\n        self.side = side\n\n    def area(self):\n        return self.side ** 2\n",
  "use.py": "from shapes import Shape, Square\n\n\ndef total(shapes: list[Shape], s: Shape):\n    return s.area()\n\n\ndef make():\n    return Square(2)\n\n\ndef side_of(q: Square):\n    return q.side\n\n\ndef unrelated():\n    return 3\n",
};

test("MMS: callers and overriding methods; the unrelated function is left alone", async () => {
  const text = shapes["shapes.py"].replace("    def area(self):\n        return 0", "    def area(self, scale=1):\n        return 0");
  expect(await impactsOf(shapes, "shapes.py", text)).toEqual([
    ["use.py::total", "CalledBy"],
    ["shapes.py::Square.area", "OverriddenBy"],
  ]);
});

test("MMB that does not escape plans nothing; one that changes the return value plans the callers", async () => {
  const quiet = shapes["shapes.py"].replace("        return self.side ** 2", "        result = self.side ** 2\n        return result");
  expect(await impactsOf(shapes, "shapes.py", quiet)).toEqual([]);
  const loud = shapes["shapes.py"].replace("        return 0", "        return {'area': 0}");
  expect(await impactsOf(shapes, "shapes.py", loud)).toEqual([["use.py::total", "CalledBy"]]);
});

test("MCC: a new required constructor parameter plans whoever instantiates the class", async () => {
  const text = shapes["shapes.py"].replace("def __init__(self, side):\n        self.side = side", "def __init__(self, side, unit):\n        self.side = side\n        self.unit = unit");
  expect(await impactsOf(shapes, "shapes.py", text)).toEqual([["use.py::make", "InstantiatedBy"]]);
});

test("DF: a removed field plans the blocks that use it and the constructors", async () => {
  const files = {
    "box.py": "class Box:\n    size: int = 1\n    label: str = ''\n\n    def __init__(self):\n        pass\n",
    "use.py": "from box import Box\n\n\ndef size(b: Box):\n    return b.size\n\n\ndef label(b: Box):\n    return b.label\n",
  };
  const text = files["box.py"].replace("    size: int = 1\n", "");
  expect(await impactsOf(files, "box.py", text)).toEqual([
    ["use.py::size", "UsedBy"],
    ["box.py::Box.__init__", "ConstructedBy"],
  ]);
});

test("AF on a dataclass-like class without a constructor plans the instantiations", async () => {
  const files = {
    "point.py": "from dataclasses import dataclass\n\n\n@dataclass\nclass Point:\n    x: int\n",
    "use.py": "from point import Point\n\n\ndef origin():\n    return Point(0)\n",
  };
  expect(await impactsOf(files, "point.py", files["point.py"].replace("    x: int\n", "    x: int\n    y: int\n"))).toEqual([["use.py::origin", "InstantiatedBy"]]);
});

test("MC: a changed base class plans instantiations and derived classes", async () => {
  const files = {
    "base.py": "class Base:\n    pass\n\n\nclass Mixin:\n    pass\n\n\nclass Child(Base):\n    pass\n",
    "use.py": "from base import Base\n\n\ndef build():\n    return Base()\n",
  };
  expect(await impactsOf(files, "base.py", files["base.py"].replace("class Base:", "class Base(Mixin):"))).toEqual([
    ["use.py::build", "InstantiatedBy"],
    ["base.py::Child", "BaseClassOf"],
  ]);
});

test("DI: removing a module-level name plans exactly the blocks that use it", async () => {
  const files = {
    "client.py": "API_BASE = 'https://x'\nTIMEOUT = 3\n\n\ndef url(path):\n    return API_BASE + path\n\n\ndef wait():\n    return TIMEOUT\n",
  };
  expect(await impactsOf(files, "client.py", files["client.py"].replace("API_BASE = 'https://x'\n", ""))).toEqual([["client.py::url", "UsedBy"]]);
});

test("DM: a deleted override plans the base method it overrode (its callers' calls move back there)", async () => {
  const deleted = shapes["shapes.py"].replace("\n    def area(self):\n        return self.side ** 2\n", "\n");
  expect(await impactsOf(shapes, "shapes.py", deleted)).toEqual([["shapes.py::Shape.area", "Overrides"]]);
});

test("argument contract: a new key read from an argument follows the value to its producers and through pass-through callers", async () => {
  const files = {
    "client.py": "def send(config, path):\n    return config['key'] + path\n",
    "config.py": "def make_config():\n    return {'key': 'k'}\n",
    "api.py": "from client import send\nfrom config import make_config\n\nDEFAULTS = {'key': 'd'}\n\n\ndef labels():\n    return send(make_config(), '/labels')\n\n\ndef rates(config):\n    return send(config, '/rates')\n\n\ndef main():\n    return rates({'key': 'm'})\n\n\ndef defaults():\n    return send(DEFAULTS, '/d')\n",
  };
  const text = "def send(config, path):\n    return config['key'] + config['endpoint'] + path\n";
  expect((await impactsOf(files, "client.py", text)).sort()).toEqual(
    [
      ["api.py::labels", "CalledBy"],
      ["api.py::rates", "CalledBy"],
      ["api.py::defaults", "CalledBy"],
      ["config.py::make_config", "Calls"],
      ["api.py::main", "CalledBy"],
      ["api.py::<module>", "Uses"],
    ].sort(),
  );
});

/** `send` passes its config on to the transport; its return value does not depend on the config. */
const sendingClient = "def send(config, path, transport):\n    url = 'https://api/' + path\n    status, body = transport(url, config['key'])\n    return body\n";
/** The same `send` reading a new key of its config, and nothing else callers can see. */
const sendingClientReadingEndpoint = sendingClient.replace("url = 'https://api/' + path", "url = config['endpoint'] + path");

test("argument contract: each call site's argument is read; a caller is planned only when it builds the value itself", async () => {
  const files = {
    "client.py": sendingClient,
    "config.py": "def make_config():\n    return {'key': 'k'}\n",
    "api.py": [
      "from client import send",
      "from config import make_config",
      "",
      "DEFAULTS = {'key': 'd'}",
      "",
      "",
      "def labels(transport):",
      "    return send(make_config(), '/labels', transport)",
      "",
      "",
      "def by_keyword(transport):",
      "    return send(path='/k', transport=transport, config=make_config())",
      "",
      "",
      "def rates(config, transport):",
      "    return send(config, '/rates', transport)",
      "",
      "",
      "def main(transport):",
      "    return rates({'key': 'm'}, transport)",
      "",
      "",
      "def defaults(transport):",
      "    return send(DEFAULTS, '/d', transport)",
      "",
      "",
      "def local(transport):",
      "    cfg = {'key': 'l'}",
      "    return send(cfg, '/l', transport)",
      "",
      "",
      "def spread(*args):",
      "    return send(*args)",
      "",
    ].join("\n"),
  };
  expect((await impactsOf(files, "client.py", sendingClientReadingEndpoint)).sort()).toEqual(
    [
      ["config.py::make_config", "Calls"],
      ["api.py::<module>", "Uses"],
      ["api.py::main", "CalledBy"],
      ["api.py::local", "CalledBy"],
      ["api.py::spread", "CalledBy"],
    ].sort(),
  );
});

test("argument contract: every call a caller makes is read, not only the first the graph keeps an edge for", async () => {
  const files = {
    "client.py": sendingClient,
    "api.py": "from client import send\n\nDEFAULTS = {'key': 'd'}\n\n\ndef both(transport):\n    send(DEFAULTS, '/a', transport)\n    return send({'key': 'inline'}, '/b', transport)\n",
  };
  expect((await impactsOf(files, "client.py", sendingClientReadingEndpoint)).sort()).toEqual([["api.py::<module>", "Uses"], ["api.py::both", "CalledBy"]]);
});

test("MF: a field whose type changes plans the blocks that use that field, not the ones using another", async () => {
  const files = {
    "box.py": "class Box:\n    size: int = 1\n    label: str = ''\n",
    "use.py": "from box import Box\n\n\ndef size(b: Box):\n    return b.size\n\n\ndef label(b: Box):\n    return b.label\n",
  };
  expect(await impactsOf(files, "box.py", files["box.py"].replace("size: int = 1", "size: float = 1.0"))).toEqual([["use.py::size", "UsedBy"]]);
});

test("AM (D'): a method added to a base class is planned towards the subclass method that now overrides it", async () => {
  const files = {
    "shapes.py": "class Shape:\n    pass\n\n\nclass Square(Shape):\n    def area(self):\n        return 4\n",
  };
  const text = "class Shape:\n    def area(self):\n        raise NotImplementedError\n\n\nclass Square(Shape):\n    def area(self):\n        return 4\n";
  expect(await impactsOf(files, "shapes.py", text)).toEqual([["shapes.py::Square.area", "OverriddenBy"]]);
});
