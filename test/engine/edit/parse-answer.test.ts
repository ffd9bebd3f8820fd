import { parseAnswer } from "../../../src/engine/edit/parse-answer.js";
import { renderPrompt } from "../../../src/engine/edit/prompt.js";
import type { EditAnswer } from "../../../src/engine/ports.js";

const FORMAT = "answer with exactly one fenced code block holding the whole edited code (folded members left as they are), or with `No changes.` and nothing else.";
const edited = (sketch: string): EditAnswer => ({ kind: "edited", sketch });
const unusable = (reason: string): EditAnswer => ({ kind: "unusable", reason });
const NO_CHANGE: EditAnswer = { kind: "no-change" };

test.each<[string, string, EditAnswer]>([
  ["one block, exact content with its last newline", "```python\ndef f(a, b):\n    return a\n```", edited("def f(a, b):\n    return a\n")],
  ["one block without a language tag", "```\nx = 1\n```\n", edited("x = 1\n")],
  ["blank lines and trailing spaces inside the block are kept", "```ts\n\nlet a = 1;  \n\n```", edited("\nlet a = 1;  \n\n")],
  ["CRLF lines keep their line endings", "```python\r\nx = 1\r\ny = 2\r\n```\r\n", edited("x = 1\r\ny = 2\r\n")],
  ["prose before and after one block is ignored", "Here is the edited code:\n\n```python\nx = 2\n```\n\nI renamed the variable.", edited("x = 2\n")],
  ["a longer fence holds a line of three backticks", '````python\ndoc = """\n```\n"""\n````', edited('doc = """\n```\n"""\n')],
  ["a fence line with an info string inside a block does not close it", "```md\n```python\nx\n```", edited("```python\nx\n")],
  ["an indented fence is code, not a fence", "```python\ndef f():\n    ```\n```", edited("def f():\n    ```\n")],
  ["No changes.", "No changes.", NO_CHANGE],
  ["surrounding whitespace", "\n  No changes.  \n", NO_CHANGE],
  ["any case, no period", "no changes", NO_CHANGE],
  ["singular", "No change.", NO_CHANGE],
  ["in backticks or bold", "**`No changes.`**", NO_CHANGE],
  ["as the only content of the one block", "```\nNo changes.\n```", NO_CHANGE],
  ["empty", "", unusable(`The answer was empty; ${FORMAT}`)],
  ["only whitespace", " \n\t\n", unusable(`The answer was empty; ${FORMAT}`)],
  ["prose only", "The function looks fine to me.", unusable(`The answer had no fenced code block; ${FORMAT}`)],
  [
    "prose with No changes",
    "I checked the callers. No changes.",
    unusable('The answer said "No changes" together with other text; when the code needs no change, answer with `No changes.` and nothing else.'),
  ],
  ["two blocks", "```python\na = 1\n```\nand\n```python\nb = 2\n```", unusable(`The answer had 2 fenced code blocks; ${FORMAT}`)],
  ["three blocks", "```\na\n```\n```\nb\n```\n```\nc\n```", unusable(`The answer had 3 fenced code blocks; ${FORMAT}`)],
  ["a block never closed (cut off)", "```python\ndef f():\n    return", unusable(`The answer's fenced code block was never closed; ${FORMAT}`)],
  ["an empty block", "```python\n\n```", unusable(`The answer's fenced code block was empty; ${FORMAT}`)],
])("%s", (_name, text, expected) => {
  expect(parseAnswer(text)).toEqual(expected);
});

test("a sketch sent back in the prompt's own fence reads back unchanged, fences inside included", () => {
  const text = 'def doc():\n    """\n```python\nx = 1\n```\n    """\n';
  const { specific } = renderPrompt({
    obligationId: 1,
    blockId: "a.py::doc",
    instruction: "document",
    temporal: [],
    causes: [],
    related: [],
    sketch: { file: "a.py", language: "python", text, targetId: "a.py::doc" },
  });
  const echoed = specific.slice(specific.lastIndexOf("````python"), specific.lastIndexOf("````") + 4);

  expect(parseAnswer(echoed)).toEqual(edited(text));
});
