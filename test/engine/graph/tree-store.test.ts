import { TreeStore } from "../../../src/engine/graph/tree-store.js";
import { languageForPath } from "../../../src/engine/languages/registry.js";
import { parseText, type ParsedText } from "../../../src/engine/parse/parser-pool.js";

async function parsed(text: string): Promise<ParsedText> {
  const support = languageForPath("a.py");
  if (!support) throw new Error("no Python support");
  return { tree: await parseText(support, text), text };
}

describe("TreeStore", () => {
  test("keeps a file's tree for the text it was parsed from only", async () => {
    const store = new TreeStore(100);
    const kept = await parsed("x = 1\n");
    store.set("a.py", kept);
    expect(store.get("a.py", "x = 1\n")).toBe(kept);
    expect(store.get("a.py", "x = 2\n")).toBeUndefined();
    expect(store.get("a.py", "x = 1\n")).toBeUndefined();
    store.clear();
  });

  test("stays within its budget of characters, dropping the least recently used tree first", async () => {
    const store = new TreeStore(20);
    store.set("a.py", await parsed("a = 1\n"));
    store.set("b.py", await parsed("b = 22\n"));
    store.get("a.py", "a = 1\n");
    store.set("c.py", await parsed("c = 333\n"));
    expect(store.get("b.py", "b = 22\n")).toBeUndefined();
    expect(store.get("a.py", "a = 1\n")).toBeDefined();
    expect(store.get("c.py", "c = 333\n")).toBeDefined();
    store.set("d.py", await parsed("d = 4444444444444444444444\n"));
    expect(store.get("d.py", "d = 4444444444444444444444\n")).toBeUndefined();
    store.clear();
  });

  test("a proposed tree becomes the file's tree when its version is committed, and only then", async () => {
    const store = new TreeStore(100);
    store.set("a.py", await parsed("x = 1\n"));
    const version = {};
    const next = await parsed("x = 2\n");
    store.propose("a.py", version, next);
    expect(store.get("a.py", "x = 2\n")).toBeUndefined();
    store.commit("a.py", version, "x = 2\n");
    expect(store.get("a.py", "x = 2\n")).toBe(next);
    store.propose("a.py", {}, await parsed("x = 3\n"));
    store.commit("a.py", {}, "x = 4\n");
    expect(store.get("a.py", "x = 3\n")).toBeUndefined();
    expect(store.get("a.py", "x = 2\n")).toBeUndefined();
    store.clear();
  });

  test("committing a version of the same text without a proposal keeps the tree", async () => {
    const store = new TreeStore(100);
    const kept = await parsed("x = 1\n");
    store.set("a.py", kept);
    store.commit("a.py", {}, "x = 1\n");
    expect(store.get("a.py", "x = 1\n")).toBe(kept);
    store.clear();
  });
});
