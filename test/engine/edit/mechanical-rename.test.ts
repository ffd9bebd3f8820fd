import { applyMechanicalEdits } from "../../../src/engine/edit/mechanical-edit.js";
import type { MechanicalRename } from "../../../src/engine/edit/mechanical-rename.js";
import { blockOf, parseOne } from "../../helpers/make-repo.js";

const inventory = [
  "class Report:",
  "    def total(self, inv, shipment, skus):",
  "        first = inv.get_qty(skus[0])",
  "        both = inv.get_qty(skus[1]) + shipment.get_qty(skus[1])",
  '        label = "get_qty"; rest = inv.get_qty(skus[2])',
  "        return first + both + rest",
  "",
  "",
  "class Cached(Base):",
  "    def get_qty(self, sku):",
  "        return super().get_qty(sku)",
  "",
].join("\n");

/** A rename of `get_qty` to `quantity_of` in `symbol` of the inventory file, with the block's text as it is. */
async function rename(symbol: string, lines: number[], header = false, text = inventory): Promise<{ file: Awaited<ReturnType<typeof parseOne>>; rename: MechanicalRename }> {
  const file = await parseOne("reports.py", text);
  return { file, rename: { kind: "rename", from: "get_qty", to: "quantity_of", blockText: blockOf(file, symbol).text, lines, header } };
}

test("each reference line is renamed when it holds as many occurrences of the name as references", async () => {
  const { file, rename: first } = await rename("Report.total", [1]);
  const text = applyMechanicalEdits(file, "reports.py::Report.total", [first]);
  expect(text?.split("\n")[2]).toBe("        first = inv.quantity_of(skus[0])");
  expect(text?.split("\n").filter((line, index) => line !== inventory.split("\n")[index])).toHaveLength(1);
});

test.each([
  ["a same-named method of another class on the line", [2]],
  ["the name in a string on the line", [3]],
])("no mechanical edit when a line also holds %s: only a reader can tell them apart", async (_title, lines) => {
  const { file, rename: some } = await rename("Report.total", [1, ...lines]);
  expect(applyMechanicalEdits(file, "reports.py::Report.total", [some])).toBeUndefined();
});

test("an override is renamed in its header and in its super() call, once whatever the number of causes", async () => {
  const { file, rename: asCaller } = await rename("Cached.get_qty", [1]);
  const asOverride = { ...asCaller, header: true };
  const text = applyMechanicalEdits(file, "reports.py::Cached.get_qty", [asCaller, asOverride]);
  expect(text?.split("\n").slice(9, 11)).toEqual(["    def quantity_of(self, sku):", "        return super().quantity_of(sku)"]);
});

test("a header that names the old name twice is left to the model", async () => {
  const twice = inventory.replace("def get_qty(self, sku):", "def get_qty(self, sku, get_qty=None):");
  const { file, rename: header } = await rename("Cached.get_qty", [1], true, twice);
  expect(applyMechanicalEdits(file, "reports.py::Cached.get_qty", [header])).toBeUndefined();
});

test("a block edited since the rename was planned is left to the model", async () => {
  const { rename: planned } = await rename("Report.total", [1]);
  const edited = await parseOne("reports.py", inventory.replace("first = inv", "first = 0 + inv"));
  expect(applyMechanicalEdits(edited, "reports.py::Report.total", [planned])).toBeUndefined();
});

test("CRLF line ends stay, and a new name with `$` is written as it is", async () => {
  const crlf = "function total(c: Cart) {\r\n  return c.sum() + c.sum$();\r\n}\r\n";
  const file = await parseOne("cart.ts", crlf);
  const renamed = applyMechanicalEdits(file, "cart.ts::total", [{ kind: "rename", from: "sum", to: "$&sum", blockText: blockOf(file, "total").text, lines: [1], header: false }]);
  expect(renamed).toBe("function total(c: Cart) {\r\n  return c.$&sum() + c.sum$();\r\n}\r\n");
});
