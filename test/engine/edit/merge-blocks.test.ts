import { mergeBlocks } from "../../../src/engine/edit/merge-blocks.js";
import { parseOne } from "../../helpers/make-repo.js";

async function merge(file: string, current: string, target: string, take: string[]): Promise<string> {
  return mergeBlocks(await parseOne(file, current), await parseOne(file, target), new Set(take));
}

const before = `import os

class Store:
    limit = 3

    def get(self, key):
        return os.environ.get(key)

    def put(self, key, value):
        os.environ[key] = value


def helper():
    return Store()
`;

test("a taken method gets the target's text; untaken blocks keep theirs even when the target differs", async () => {
  const target = before.replace("return os.environ.get(key)", "return os.environ.get(key, default)").replace("def get(self, key)", "def get(self, key, default=None)").replace("return Store()", "return None");
  expect(await merge("s.py", before, target, ["Store.get"])).toBe(before.replace("def get(self, key):\n        return os.environ.get(key)", "def get(self, key, default=None):\n        return os.environ.get(key, default)"));
});

test("an added method is inserted after its preceding sibling; a deleted one is removed", async () => {
  const target = before.replace("    def put(self, key, value):\n        os.environ[key] = value\n", "    def drop(self, key):\n        del os.environ[key]\n");
  expect(await merge("s.py", before, target, ["Store.put", "Store.drop"])).toBe(target);
});

test("module-level text and a class's own text are taken without touching methods", async () => {
  const target = `import os
import sys

class Store:
    limit = 5
    name = "store"

    def get(self, key):
        return sys.argv

    def put(self, key, value):
        os.environ[key] = value


def helper():
    return Store()
`;
  const merged = await merge("s.py", before, target, ["<module>", "Store"]);
  expect(merged).toBe(target.replace("return sys.argv", "return os.environ.get(key)"));
});

test("a new top-level function after the last definition, and a renamed one (old removed, new added)", async () => {
  const target = before.replace("def helper():\n    return Store()\n", "def make_store():\n    return Store()\n\n\ndef extra():\n    return 1\n");
  expect(await merge("s.py", before, target, ["helper", "make_store", "extra"])).toBe(target);
});
