import type { KeywordRename } from "../../../src/engine/edit/keyword-rename.js";
import { applyMechanicalEdits } from "../../../src/engine/edit/mechanical-edit.js";
import { blockOf, parseOne } from "../../helpers/make-repo.js";

/** Renames keyword `timeout` to `wait` in the calls of `Send`/`send` on `lines` of block `symbol`; the new file, or undefined. */
async function renamed(path: string, text: string, symbol: string, lines: number[], callee: string): Promise<string | undefined> {
  const file = await parseOne(path, text);
  const block = blockOf(file, symbol);
  const rename: KeywordRename = { kind: "keyword-rename", callee, from: "timeout", to: "wait", blockText: block.text, lines };
  return applyMechanicalEdits(file, block.id, [rename]);
}

test("C#: a named argument is renamed where it is passed, over several lines too", async () => {
  const text = "class Job {\n    void Run(Client c) {\n        c.Send(\"a\", timeout: 3);\n        c.Send(\n            \"b\",\n            timeout: 4);\n    }\n}\n";
  expect(await renamed("Job.cs", text, "Job.Run", [1, 2], "Send")).toBe(text.replace("timeout: 3", "wait: 3").replace("timeout: 4", "wait: 4"));
});

test("Python: an argument that only looks like the keyword is left alone", async () => {
  const text = "def run(c):\n    return c.send('a', timeout == 3, retry=timeout)\n";
  expect(await renamed("job.py", text, "run", [1], "send")).toBe(text);
});

test("a line with two calls of the callee cannot be read: the model decides", async () => {
  const text = "def run(c):\n    return c.send('a', timeout=1) + c.send('b', timeout=2)\n";
  expect(await renamed("job.py", text, "run", [1, 1], "send")).toBeUndefined();
});
