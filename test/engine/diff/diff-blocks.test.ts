import { diffBlocks } from "../../../src/engine/diff/diff-blocks.js";
import { parseRepo } from "../../helpers/make-repo.js";

async function diff(before: Record<string, string>, after: Record<string, string>) {
  return diffBlocks((await parseRepo(before)).files, (await parseRepo(after)).files);
}

const inventory = `
class Inventory:
    def __init__(self):
        self.stock = {}

    def get_qty(self, sku):
        return self.stock.get(sku, 0)

    def remove(self, sku, n):
        if self.get_qty(sku) < n:
            raise ValueError(sku)
        self.stock[sku] -= n
`;

test("a renamed method is one renamed entry; its callers are modified", async () => {
  const after = inventory.replace("def get_qty", "def quantity_of").replace("self.get_qty(", "self.quantity_of(");
  expect(await diff({ "inv.py": inventory }, { "inv.py": after })).toEqual([
    { file: "inv.py", symbol: "Inventory.get_qty", status: "renamed", afterSymbol: "Inventory.quantity_of" },
    { file: "inv.py", symbol: "Inventory.remove", status: "modified" },
  ]);
});

test("blank-line and trailing-space changes are not changes", async () => {
  const after = inventory.replace("        return self.stock.get(sku, 0)\n", "\n        return self.stock.get(sku, 0)   \n\n");
  expect(await diff({ "inv.py": inventory }, { "inv.py": after })).toEqual([]);
});

test("an unrelated replacement is a deletion plus an addition, not a rename", async () => {
  const after = inventory.replace(
    "    def get_qty(self, sku):\n        return self.stock.get(sku, 0)\n",
    "    def audit(self, log):\n        for line in log:\n            print(line)\n",
  );
  expect(await diff({ "inv.py": inventory }, { "inv.py": after })).toEqual([
    { file: "inv.py", symbol: "Inventory.get_qty", status: "deleted" },
    { file: "inv.py", symbol: "Inventory.audit", status: "added" },
  ]);
});

test("a renamed class carries its methods along; imports and new files are reported", async () => {
  const before = { "a.py": "import os\n\nclass Old:\n    def run(self):\n        return os.getcwd()\n" };
  const after = {
    "a.py": "import os\nimport sys\n\nclass New:\n    def run(self):\n        return os.getcwd()\n",
    "b.py": "def helper():\n    return 1\n",
  };
  expect(await diff(before, after)).toEqual([
    { file: "a.py", symbol: "<module>", status: "modified" },
    { file: "a.py", symbol: "Old", status: "renamed", afterSymbol: "New" },
    { file: "a.py", symbol: "Old.run", status: "renamed", afterSymbol: "New.run" },
    { file: "b.py", symbol: "helper", status: "added" },
  ]);
});

test("a deleted file deletes every block; a moved function is deleted in one file and added in the other", async () => {
  const before = { "old.py": "import re\n\ndef slug(text):\n    return re.sub('x', '', text)\n", "keep.py": "X = 1\n" };
  const after = { "keep.py": "X = 1\n\ndef slug(text):\n    return text\n" };
  expect(await diff(before, after)).toEqual([
    { file: "keep.py", symbol: "slug", status: "added" },
    { file: "old.py", symbol: "<module>", status: "deleted" },
    { file: "old.py", symbol: "slug", status: "deleted" },
  ]);
});
