import { CodeGraph } from "../../../src/engine/graph/code-graph.js";
import { relatedCode } from "../../../src/engine/propagate/related-code.js";
import { MemorySourceTree } from "../../../src/engine/source/memory-source-tree.js";

const files = {
  "app/base.py": "class Store:\n    def save(self, item):\n        raise NotImplementedError\n",
  "app/models.py": "class Item:\n    name: str\n    price: int\n\n    def total(self, count):\n        return self.price * count\n",
  "app/util.py": "def clean(name):\n    name = name.strip()\n    return name.lower()\n",
  "app/store.py": [
    "from app.base import Store",
    "from app.models import Item",
    "from app.util import clean",
    "",
    "",
    "def audit(item):",
    "    return item",
    "",
    "",
    "class SqlStore(Store):",
    "    def save(self, item: Item):",
    "        audit(item)",
    "        return clean(item.name), item.total(1)",
    "",
  ].join("\n"),
};

const build = async () => CodeGraph.build(new MemorySourceTree(files));

test("the overridden method in full; of what it calls and uses, signatures and class outlines, moved to column 0", async () => {
  expect(relatedCode(await build(), "app/store.py::SqlStore.save")).toEqual([
    { blockId: "app/base.py::Store.save", relation: "Overrides", text: "def save(self, item):\n    raise NotImplementedError" },
    { blockId: "app/store.py::audit", relation: "Calls", text: "def audit(item): ..." },
    { blockId: "app/util.py::clean", relation: "Calls", text: "def clean(name): ..." },
    { blockId: "app/models.py::Item.total", relation: "Calls", text: "def total(self, count): ..." },
    { blockId: "app/models.py::Item", relation: "Uses", text: "class Item:\n    name: str\n    price: int\n\n    def total(self, count): ..." },
  ]);
});

test("what the prompt already shows is left out: blocks in full always, signatures unless shown in full", async () => {
  const related = relatedCode(await build(), "app/store.py::SqlStore.save", {
    exclude: new Set(["app/util.py::clean"]),
    signatureShown: new Set(["app/store.py::audit", "app/base.py::Store.save"]),
  });
  expect(related.map((entry) => entry.blockId)).toEqual(["app/base.py::Store.save", "app/models.py::Item.total", "app/models.py::Item"]);
});

test("past the budget, overridden code is shown as its signature", async () => {
  const related = relatedCode(await build(), "app/store.py::SqlStore.save", { tokenBudget: 5 });
  expect(related[0]).toEqual({ blockId: "app/base.py::Store.save", relation: "Overrides", text: "def save(self, item): ..." });
});
