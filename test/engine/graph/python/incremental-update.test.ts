import { callEdges as calls, parseWithFacts as parsed } from "../../../helpers/facts.js";
import { buildFixtureGraph } from "../../../helpers/resolution-fixture.js";

const FILES = {
  "shop/__init__.py": "",
  "shop/inventory.py": ["class Inventory:", "    def get_qty(self, sku):", "        return 0", ""].join("\n"),
  "shop/orders.py": [
    "from shop.inventory import Inventory",
    "",
    "def allocate(inv: Inventory):",
    "    return inv.get_qty('a')",
    "",
    "def fulfil(inv: Inventory):",
    "    return inv.get_qty('b')",
    "",
  ].join("\n"),
};


describe("incremental update of a Python file", () => {
  test("a renamed callee keeps its unedited callers; an edited caller's edges are recomputed", async () => {
    const graph = await buildFixtureGraph(FILES);
    expect(calls(graph.graph.edgesTo("shop/inventory.py::Inventory.get_qty"))).toEqual([
      "shop/orders.py::allocate -> shop/inventory.py::Inventory.get_qty @4",
      "shop/orders.py::fulfil -> shop/inventory.py::Inventory.get_qty @7",
    ]);

    const renamed = FILES["shop/inventory.py"].replace("get_qty", "quantity_of");
    const inventory = await parsed("shop/inventory.py", renamed);
    graph.updateFile(inventory);
    expect(graph.graph.getBlock("shop/inventory.py::Inventory.get_qty")).toBeUndefined();
    expect(calls(graph.graph.edgesTo("shop/inventory.py::Inventory.quantity_of"))).toEqual([
      "shop/orders.py::allocate -> shop/inventory.py::Inventory.quantity_of @4",
      "shop/orders.py::fulfil -> shop/inventory.py::Inventory.quantity_of @7",
    ]);

    const edited = FILES["shop/orders.py"].replace("return inv.get_qty('a')", "return inv.quantity_of('a') + 1");
    const orders = await parsed("shop/orders.py", edited);
    const update = graph.updateFile(orders);
    expect(update.recomputed).toEqual(["shop/orders.py::allocate"]);
    expect(calls(graph.graph.edgesFrom("shop/orders.py::allocate"))).toEqual(["shop/orders.py::allocate -> shop/inventory.py::Inventory.quantity_of @4"]);
    expect(calls(graph.graph.edgesFrom("shop/orders.py::fulfil"))).toEqual(["shop/orders.py::fulfil -> shop/inventory.py::Inventory.quantity_of @7"]);
  });

  test("an edited caller that still uses the old name loses its edge (the callee is gone)", async () => {
    const graph = await buildFixtureGraph(FILES);
    const renamed = FILES["shop/inventory.py"].replace("get_qty", "quantity_of");
    const inventory = await parsed("shop/inventory.py", renamed);
    graph.updateFile(inventory);
    const edited = FILES["shop/orders.py"].replace("return inv.get_qty('b')", "return inv.get_qty('b') or 0");
    const orders = await parsed("shop/orders.py", edited);
    graph.updateFile(orders);
    expect(calls(graph.graph.edgesFrom("shop/orders.py::fulfil"))).toEqual([]);
    expect(calls(graph.graph.edgesFrom("shop/orders.py::allocate"))).toEqual(["shop/orders.py::allocate -> shop/inventory.py::Inventory.quantity_of @4"]);
  });
});
