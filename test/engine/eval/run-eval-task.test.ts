import { runEvalTask } from "../../../src/engine/eval/run-eval-task.js";
import { parseTask } from "../../../src/engine/eval/task.js";
import { MemorySourceTree } from "../../../src/engine/source/memory-source-tree.js";
import { silentLogger } from "../../helpers/scripted-model.js";

const task = parseTask(
  JSON.stringify({
    id: "tiny",
    language: "python",
    instruction: "give check a timeout and pass it where settings are at hand",
    seed: [{ file: "probe.py", symbol: "check" }],
    derived: [{ file: "cli.py", symbol: "run" }],
  }),
  "task.json",
);
const before = {
  "probe.py": "def check(url):\n    return url\n",
  "cli.py": "from probe import check\n\n\ndef run(url, settings):\n    return check(url)\n\n\ndef other(url):\n    return url\n",
};
const after = {
  "probe.py": "def check(url, timeout=5.0):\n    return url\n",
  "cli.py": "from probe import check\n\n\ndef run(url, settings):\n    return check(url, timeout=settings.timeout)\n\n\ndef other(url):\n    return url\n",
};

test.each([
  ["codeplan", { matched: 1, missed: 0, spurious: 0, visited: 1, exactFiles: 2 }],
  ["repair", { matched: 0, missed: 1, spurious: 0, visited: 0, exactFiles: 1 }],
] as const)("%s mode on a copy: the seed from after/, then propagation with the ground-truth editor", async (mode, expected) => {
  const beforeTree = new MemorySourceTree(before);
  const work = new MemorySourceTree();
  const result = await runEvalTask({ task, before: beforeTree, after: new MemorySourceTree(after), work, mode, logger: silentLogger });
  expect(result).toMatchObject({ id: "tiny", mode, ...expected });
  expect(new TextDecoder().decode(await beforeTree.readFile("cli.py"))).toBe(before["cli.py"]);
  if (mode === "codeplan") expect(new TextDecoder().decode(await work.readFile("cli.py"))).toBe(after["cli.py"]);
});
