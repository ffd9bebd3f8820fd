import { renderPrompt } from "../../../src/engine/edit/prompt.js";
import type { EditRequest } from "../../../src/engine/ports.js";

const SKETCH = "from app.service import get\n\n\ndef handler(key):\n    return get(key)\n";

function request(overrides: Partial<EditRequest> = {}): EditRequest {
  return {
    obligationId: 3,
    blockId: "app/routes.py::handler",
    instruction: "make fetch async",
    temporal: [],
    causes: [],
    related: [],
    sketch: { file: "app/routes.py", language: "python", text: SKETCH, targetId: "app/routes.py::handler" },
    ...overrides,
  };
}

const CODE_TO_CHANGE = `## Code to change

\`app/routes.py::handler\` in \`app/routes.py\`:

\`\`\`python
from app.service import get


def handler(key):
    return get(key)
\`\`\`

Answer with the whole edited code above as exactly one fenced code block, or with \`No changes.\` if it needs no change.
`;

test("every section, in order: earlier changes, causes, related code, the code to change last", () => {
  const prompt = renderPrompt(
    request({
      temporal: [
        {
          blockId: "app/service.py::get",
          before: "def get(key):\n    return fetch(key)",
          after: "async def get(key):\n    return await fetch(key)",
          relation: "CalledBy",
          cause: "`app/service.py::get` calls `app/storage.py::fetch`, which became async",
        },
      ],
      causes: ["`app/routes.py::handler` calls `app/service.py::get`, which became async"],
      related: [{ blockId: "app/service.py::get", relation: "Calls", text: "async def get(key): ..." }],
    }),
  );
  expect(prompt.shared).toBe("## Task\n\nmake fetch async\n");
  expect(prompt.specific).toBe(`## Earlier changes

Edits already made on the way to this block, each with the relation that led on from it and why.

### \`app/service.py::get\` (CalledBy)

\`app/service.py::get\` calls \`app/storage.py::fetch\`, which became async

Before:

\`\`\`python
def get(key):
    return fetch(key)
\`\`\`

After:

\`\`\`python
async def get(key):
    return await fetch(key)
\`\`\`

## Why this block

- \`app/routes.py::handler\` calls \`app/service.py::get\`, which became async

## Related code

Code the block to change relates to; the relation in parentheses is how the block to change relates to it.

### \`app/service.py::get\` (Calls)

\`\`\`python
async def get(key): ...
\`\`\`

${CODE_TO_CHANGE}`);
});

test("empty sections are left out: only the code to change", () => {
  expect(renderPrompt(request()).specific).toBe(CODE_TO_CHANGE);
});

test("the system part states the wire format and is the same for every request", () => {
  const { system } = renderPrompt(request());
  expect(system).toContain("answer with exactly one fenced code block holding the whole edited code");
  expect(system).toContain("answer with the words `No changes.` and nothing else");
  expect(renderPrompt(request({ instruction: "rename get to load", causes: ["x"] })).system).toBe(system);
});

test("the shared part holds the instruction only, so it is the same for every obligation of a run", () => {
  const first = renderPrompt(request({ causes: ["one"] }));
  const second = renderPrompt(request({ blockId: "app/other.py::f", causes: ["two"] }));
  expect(second.shared).toBe(first.shared);
  expect(first.specific).not.toContain("make fetch async");
});

test("a previous error gets its own section just before the code to change", () => {
  const { specific } = renderPrompt(request({ causes: ["a cause"], previousError: "The answer had 2 fenced code blocks; answer with exactly one." }));
  expect(specific).toBe(`## Why this block\n\n- a cause\n\n## Your previous answer could not be used\n\nThe answer had 2 fenced code blocks; answer with exactly one.\n\n${CODE_TO_CHANGE}`);
});

test("the sketch is the last fenced block, tagged with its language", () => {
  const { specific } = renderPrompt(
    request({ sketch: { file: "src/a.cs", language: "csharp", text: "class A { }\n", targetId: "src/a.cs::A" }, related: [{ blockId: "src/b.ts::f", relation: "Calls", text: "function f() { /* … */ }" }] }),
  );
  expect(specific).toContain("```typescript\nfunction f() { /* … */ }\n```\n");
  const fences = [...specific.matchAll(/^```(\w*)$/gm)].map((match) => match[1]);
  expect(fences.at(-2)).toBe("csharp");
  expect(specific.slice(specific.lastIndexOf("```csharp"))).toBe("```csharp\nclass A { }\n```\n\nAnswer with the whole edited code above as exactly one fenced code block, or with `No changes.` if it needs no change.\n");
});

test("code holding a fence gets a longer fence, so it cannot close the block early", () => {
  const text = 'def doc():\n    """\n    ```python\n    x = 1\n    ```\n    """\n';
  const { specific } = renderPrompt(request({ sketch: { file: "a.py", language: "python", text, targetId: "a.py::doc" } }));
  expect(specific).toContain(`\`\`\`\`python\n${text}\`\`\`\`\n`);
});

test("the same request renders the same text", () => {
  const make = () => request({ causes: ["c"], related: [{ blockId: "a.py::f", relation: "Calls", text: "def f(): ..." }], previousError: "why" });
  expect(renderPrompt(make())).toEqual(renderPrompt(make()));
});

test("the earlier change that led straight here does not repeat the cause listed under Why this block", () => {
  const cause = "`app/routes.py::handler` calls `app/service.py::get`, which became async";
  const { specific } = renderPrompt(
    request({ temporal: [{ blockId: "app/service.py::get", before: "def get(key): ...", after: "async def get(key): ...", relation: "CalledBy", cause }], causes: [cause] }),
  );
  expect(specific.split(cause)).toHaveLength(2);
  expect(specific).toContain("### `app/service.py::get` (CalledBy)\n\nBefore:\n");
});
