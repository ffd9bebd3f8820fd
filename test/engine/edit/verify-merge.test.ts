import { sketchBlock } from "../../../src/engine/edit/sketch.js";
import { verifyMerge } from "../../../src/engine/edit/verify-merge.js";
import { parseOne } from "../../helpers/make-repo.js";

const before = `class Store:
    def get(self, key):
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
`;

async function verify(text: string, take: string[]): Promise<void> {
  const current = await parseOne("store.py", before);
  await verifyMerge({ current, sketch: sketchBlock(current, "store.py::Store.get"), take: new Set(take), text });
}

test("a merged file that changes only the taken block passes", async () => {
  await expect(verify(before.replace("return self.data[key]", "return self.data.get(key)"), ["Store.get"])).resolves.toBeUndefined();
});

test("a merged file that changed a folded member it did not take is refused, naming the member", async () => {
  const merging = verify(before.replace("self.data[key] = value", "self.data[key] = str(value)"), []);
  await expect(merging).rejects.toMatchObject({ code: "unusable-answer" });
  await expect(merging).rejects.toThrow("the merge would change Store.put, which is outside the code to change");
});

test("a taken folded member may go", async () => {
  await expect(verify(before.replace("\n    def put(self, key, value):\n        self.data[key] = value\n", ""), ["Store.put"])).resolves.toBeUndefined();
});

test("a merged file that does not parse is refused with the line", async () => {
  await expect(verify(before.replace("return self.data[key]", "return self.data[key"), ["Store.get"])).rejects.toThrow(/the merged file does not parse \(line \d+: /);
});
