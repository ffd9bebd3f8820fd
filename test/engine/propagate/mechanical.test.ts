import { CodeGraph } from "../../../src/engine/graph/code-graph.js";
import { codeplanImpact } from "../../../src/engine/impact/codeplan-impact.js";
import { propagate } from "../../../src/engine/propagate/propagate.js";
import { MemorySourceTree } from "../../../src/engine/source/memory-source-tree.js";
import { textsOf } from "../../helpers/make-repo.js";
import { ScriptedModel, silentLogger } from "../../helpers/scripted-model.js";

/** Runs a propagation of `seed` (one file's new text) over `files`; returns the files after it, the model's requests and the run. */
async function run(files: Record<string, string>, seed: { path: string; text: string }, model: ScriptedModel) {
  const tree = new MemorySourceTree(files);
  const result = await propagate({
    tree,
    graph: await CodeGraph.build(tree),
    instruction: "rename get_qty to quantity_of",
    seeds: [{ kind: "edit", files: [seed] }],
    editModel: model,
    impact: codeplanImpact(),
    logger: silentLogger,
  });
  return { after: await textsOf(tree), result };
}

const warehouse = {
  "inventory.py": "class Inventory:\n    def get_qty(self, sku):\n        return 0\n\n    def is_in_stock(self, sku):\n        return self.get_qty(sku) > 0\n",
  "cached.py": "from inventory import Inventory\n\n\nclass Cached(Inventory):\n    def get_qty(self, sku):\n        return super().get_qty(sku)\n",
  "shipments.py": "class Shipment:\n    def get_qty(self, sku):\n        return 1\n",
  "use.py": [
    "from cached import Cached",
    "from inventory import Inventory",
    "from shipments import Shipment",
    "",
    "",
    "def on_hand(inv: Inventory, sku):",
    "    return inv.get_qty(sku)",
    "",
    "",
    "def cached_twice(c: Cached, sku):",
    "    return c.get_qty(sku) + c.get_qty(sku)",
    "",
    "",
    "def projected(inv: Inventory, s: Shipment, sku):",
    "    return inv.get_qty(sku) + s.get_qty(sku)",
    "",
  ].join("\n"),
};

test("a renamed method is carried to its callers and its override without the model; a line that also calls a same-named method of another class goes to the model", async () => {
  const model = new ScriptedModel({ "use.py::projected": (sketch) => sketch.replace("inv.get_qty(sku)", "inv.quantity_of(sku)") });
  const seed = { path: "inventory.py", text: warehouse["inventory.py"].replace("def get_qty(self, sku):", "def quantity_of(self, sku):") };
  const { after, result } = await run(warehouse, seed, model);
  expect(model.visitedBlocks()).toEqual(["use.py::projected"]);
  expect(after["inventory.py"]).toBe("class Inventory:\n    def quantity_of(self, sku):\n        return 0\n\n    def is_in_stock(self, sku):\n        return self.quantity_of(sku) > 0\n");
  expect(after["cached.py"]).toBe("from inventory import Inventory\n\n\nclass Cached(Inventory):\n    def quantity_of(self, sku):\n        return super().quantity_of(sku)\n");
  expect(after["shipments.py"]).toBe(warehouse["shipments.py"]);
  // cached_twice calls the override: it is renamed once the override is.
  expect(after["use.py"]).toBe(
    warehouse["use.py"]
      .replace("return inv.get_qty(sku)\n\n", "return inv.quantity_of(sku)\n\n")
      .replace("c.get_qty(sku) + c.get_qty(sku)", "c.quantity_of(sku) + c.quantity_of(sku)")
      .replace("inv.get_qty(sku) + s.get_qty(sku)", "inv.quantity_of(sku) + s.get_qty(sku)"),
  );
  expect(result.spending).toMatchObject({ mechanicalEdits: 4, modelCalls: 1 });
  expect(result.plan.all().filter((obligation) => obligation.status === "edited").map((obligation) => obligation.blockId)).toEqual([
    "inventory.py::Inventory.get_qty",
    "cached.py::Cached.get_qty",
    "inventory.py::Inventory.is_in_stock",
    "use.py::on_hand",
    "use.py::projected",
    "use.py::cached_twice",
  ]);
});

test("a renamed function imported by name: the first caller renames the import with its calls, the second finds it renamed; an aliased import goes to the model", async () => {
  const files = {
    "lib.py": "def get_qty(sku):\n    return 0\n",
    "by_name.py": "from lib import get_qty, other\n\n\ndef count(sku):\n    return get_qty(sku)\n\n\ndef twice(sku):\n    return get_qty(sku) * 2\n",
    "by_module.py": "import lib\n\n\ndef count(sku):\n    return lib.get_qty(sku)\n",
    "aliased.py": "from lib import get_qty as qty\n\n\ndef count(sku):\n    return qty(sku)\n",
  };
  const model = new ScriptedModel({ "aliased.py::count": (sketch) => sketch });
  const { after, result } = await run(files, { path: "lib.py", text: "def quantity_of(sku):\n    return 0\n" }, model);
  expect(model.visitedBlocks()).toEqual(["aliased.py::count"]);
  expect(after["by_name.py"]).toBe(files["by_name.py"].replaceAll("get_qty", "quantity_of"));
  expect(after["by_module.py"]).toBe("import lib\n\n\ndef count(sku):\n    return lib.quantity_of(sku)\n");
  expect(result.plan.all().map((obligation) => `${obligation.blockId} ${obligation.status}`)).toEqual([
    "lib.py::get_qty edited",
    "aliased.py::count unchanged",
    "by_module.py::count edited",
    "by_name.py::count edited",
    "by_name.py::twice edited",
  ]);
  expect(result.spending).toMatchObject({ mechanicalEdits: 3, modelCalls: 1 });
});



test("a renamed parameter: a caller passing it by keyword is renamed, one passing it by position is done, both without the model; a spread goes to the model", async () => {
  const files = {
    "lib.py": "def fetch(key, timeout=5):\n    return key\n",
    "callers.py": [
      "from lib import fetch",
      "",
      "",
      "def by_keyword():",
      "    return fetch('a', timeout=3)",
      "",
      "",
      "def by_position():",
      "    return fetch('b', 3)",
      "",
      "",
      "def spread(options):",
      "    return fetch('c', **options)",
      "",
    ].join("\n"),
  };
  const model = new ScriptedModel({});
  const { after, result } = await run(files, { path: "lib.py", text: "def fetch(key, wait=5):\n    return key\n" }, model);
  expect(model.visitedBlocks()).toEqual(["callers.py::spread"]);
  expect(after["callers.py"]).toBe(files["callers.py"].replace("fetch('a', timeout=3)", "fetch('a', wait=3)"));
  expect(result.plan.all().map((obligation) => `${obligation.blockId} ${obligation.status}`)).toEqual([
    "lib.py::fetch edited",
    "callers.py::by_keyword edited",
    "callers.py::by_position unchanged",
    "callers.py::spread unchanged",
  ]);
  expect(result.spending).toMatchObject({ mechanicalEdits: 2, modelCalls: 1 });
});

/** A rename that every block it reaches takes without the model: the files it changes, and how. */
interface QuietRename {
  files: Record<string, string>;
  seed: { path: string; from: string; to: string };
  /** The files in which every occurrence of the old name becomes the new one. */
  renamed: string[];
  mechanicalEdits: number;
}

const quietRenames: [string, QuietRename][] = [
  [
    "TypeScript: a renamed function imported by name is renamed in the import and the calls of each importing file",
    {
      files: {
        "src/money.ts": "export function formatPrice(cents: number): string {\n  return String(cents);\n}\n",
        "src/cart.ts": 'import { formatPrice } from "./money";\n\nexport function total(cents: number): string {\n  return formatPrice(cents);\n}\n\nexport function line(cents: number): string {\n  return `${formatPrice(cents)} due`;\n}\n',
      },
      seed: { path: "src/money.ts", from: "formatPrice", to: "formatCents" },
      renamed: ["src/cart.ts"],
      mechanicalEdits: 2,
    },
  ],
  [
    "TypeScript: a renamed method, its override with its super call and a typed caller are renamed",
    {
      files: {
        "src/inventory.ts": "export class Inventory {\n  getQty(sku: string): number {\n    return 0;\n  }\n}\n",
        "src/cached.ts": 'import { Inventory } from "./inventory";\n\nexport class Cached extends Inventory {\n  override getQty(sku: string): number {\n    return super.getQty(sku);\n  }\n}\n',
        "src/use.ts": 'import { Inventory } from "./inventory";\n\nexport function onHand(inv: Inventory, sku: string): number {\n  return inv.getQty(sku);\n}\n',
      },
      seed: { path: "src/inventory.ts", from: "getQty(", to: "quantityOf(" },
      renamed: ["src/cached.ts", "src/use.ts"],
      mechanicalEdits: 2,
    },
  ],
  [
    "C#: a renamed virtual method, its one-line override with its base call, and a caller through a typed field are renamed",
    {
      files: {
        "src/Inventory.cs": "namespace Shop\n{\n    public class Inventory\n    {\n        public virtual int GetQty(string sku) { return 0; }\n    }\n}\n",
        "src/Cached.cs": "namespace Shop\n{\n    public class Cached : Inventory\n    {\n        public override int GetQty(string sku) { return base.GetQty(sku) + 1; }\n    }\n}\n",
        "src/Report.cs": "namespace Shop\n{\n    public class Report\n    {\n        private readonly Inventory _inventory = new Inventory();\n\n        public int OnHand(string sku)\n        {\n            return _inventory.GetQty(sku);\n        }\n    }\n}\n",
      },
      seed: { path: "src/Inventory.cs", from: "GetQty(", to: "QuantityOf(" },
      renamed: ["src/Cached.cs", "src/Report.cs"],
      mechanicalEdits: 2,
    },
  ],
];

test.each(quietRenames)("%s, without the model", async (_title, { files, seed, renamed, mechanicalEdits }) => {
  const model = new ScriptedModel({});
  const seedText = (files[seed.path] ?? "").replace(seed.from, seed.to);
  const { after, result } = await run(files, { path: seed.path, text: seedText }, model);
  expect(model.visitedBlocks()).toEqual([]);
  for (const path of renamed) expect(after[path]).toBe((files[path] ?? "").replaceAll(seed.from, seed.to));
  expect(result.spending).toMatchObject({ mechanicalEdits, modelCalls: 0 });
});
