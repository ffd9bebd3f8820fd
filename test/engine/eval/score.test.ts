import { bleu, diffBleu, diffTokens } from "../../../src/engine/eval/diff-bleu.js";
import { scoreTask, type ScoredTree } from "../../../src/engine/eval/score.js";
import { parseTask } from "../../../src/engine/eval/task.js";
import { parseRepo } from "../../helpers/make-repo.js";

async function tree(files: Record<string, string>): Promise<ScoredTree> {
  return { parsed: (await parseRepo(files)).files, texts: new Map(Object.entries(files)) };
}

const task = parseTask(
  JSON.stringify({
    id: "t",
    language: "python",
    instruction: "add timeout",
    seed: [{ file: "probe.py", symbol: "check" }],
    derived: [
      { file: "cli.py", symbol: "run" },
      { file: "cli.py", symbol: "old", status: "renamed", after_symbol: "new" },
    ],
  }),
  "task.json",
);

const before = {
  "probe.py": "def check(url):\n    return url\n",
  "cli.py": "from probe import check\n\ndef run(u):\n    return check(u)\n\ndef old():\n    return 1\n\ndef decoy():\n    return 2\n",
};
const after = {
  "probe.py": "def check(url, timeout=5.0):\n    return url\n",
  "cli.py": "from probe import check\n\ndef run(u):\n    return check(u, timeout=1.0)\n\ndef new():\n    return 1\n\ndef decoy():\n    return 2\n",
};

test("a perfect result: every derived block matched, files exact, DiffBLEU 1", async () => {
  const score = scoreTask({ task, before: await tree(before), out: await tree(after), after: await tree(after) });
  expect(score).toMatchObject({ matched: 2, missed: 0, spurious: 0, recall: 1, precision: 1, exactFiles: 2, levenshtein: 0, diffBleu: 1 });
  expect(score.files).toEqual([
    { file: "cli.py", exact: true, normalised: true },
    { file: "probe.py", exact: true, normalised: true },
  ]);
});

test("a missed rename and an edited decoy are counted as missed and spurious", async () => {
  const out = { ...after, "cli.py": before["cli.py"].replace("return check(u)", "return check(u, timeout=1.0)").replace("return 2", "return 3") };
  const score = scoreTask({ task, before: await tree(before), out: await tree(out), after: await tree(after) });
  expect(score).toMatchObject({ matched: 1, missed: 1, spurious: 1, recall: 0.5, precision: 0.5, missedBlocks: ["cli.py::old"], spuriousBlocks: ["cli.py::decoy"] });
  expect(score.files.find((file) => file.file === "cli.py")).toEqual({ file: "cli.py", exact: false, normalised: false });
  expect(score.levenshtein).toBeGreaterThan(0);
});

test("blank-line differences are a normalised match but not an exact one", async () => {
  const out = { ...after, "probe.py": after["probe.py"].replace("\n    return", "\n\n    return") };
  const score = scoreTask({ task, before: await tree(before), out: await tree(out), after: await tree(after) });
  expect(score.files.find((file) => file.file === "probe.py")).toEqual({ file: "probe.py", exact: false, normalised: true });
});

test("BLEU is 1 for identical token lists, 0 when nothing overlaps, and diffs are tokenised with their sign", () => {
  expect(bleu(["a", "b", "c", "d"], ["a", "b", "c", "d"])).toBe(1);
  expect(bleu(["x"], ["a", "b"])).toBe(0);
  expect(diffTokens("a = 1\n", "a = 2\n")).toEqual(["-", "a", "=", "1", "+", "a", "=", "2"]);
  expect(diffBleu("a = 1\n", "a = 1\n", "a = 2\n")).toBe(0);
});

test("an invalid task names the field", () => {
  expect(() => parseTask('{"id": "x", "language": "go"}', "x/task.json")).toThrow(/x\/task\.json is not a valid task: language: .*; instruction: .*; seed: .*/);
  expect(() => parseTask("{", "y/task.json")).toThrow("y/task.json is not valid JSON");
});
