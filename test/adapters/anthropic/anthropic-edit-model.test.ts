import { renderPrompt } from "../../../src/engine/edit/prompt.js";
import { anthropicModel, EDITED, editRequest, RecordingLogger, SKETCH } from "./kit.js";
import { message, MessagesApiMock } from "./messages-api-mock.js";

let api: MessagesApiMock;
beforeEach(() => {
  api = new MessagesApiMock();
});
afterEach(() => api.expectDone());

const EPHEMERAL = { type: "ephemeral" };

test("sends one request: the parts that stay the same first and marked for prompt caching, the sketch as the last fenced block", async () => {
  api.reply({ status: 200, body: message(`\`\`\`python\n${EDITED}\`\`\``) });
  const request = editRequest();

  const answer = await anthropicModel({ maxTokens: 4000 }).edit(request);

  const prompt = renderPrompt(request);
  expect(api.requests).toHaveLength(1);
  const [sent] = api.requests;
  const body = JSON.parse(sent?.raw ?? "") as { messages: { content: { text: string }[] }[] };
  expect(body).toEqual({
    model: "claude-sonnet-4-6",
    max_tokens: 4000,
    system: [{ type: "text", text: prompt.system, cache_control: EPHEMERAL }],
    messages: [
      {
        role: "user",
        content: [
          { type: "text", text: "## Task\n\nmake fetch async\n", cache_control: EPHEMERAL },
          { type: "text", text: prompt.specific },
        ],
      },
    ],
  });
  const lastText = body.messages.at(-1)?.content.at(-1)?.text ?? "";
  expect(lastText.slice(lastText.lastIndexOf("```python\n"))).toBe(`\`\`\`python\n${SKETCH}\`\`\`\n\nAnswer with the whole edited code above as exactly one fenced code block, or with \`No changes.\` if it needs no change.\n`);
  expect(sent?.headers).toMatchObject({ authorization: "Bearer sk-ant-test", "anthropic-version": "2026-10-21", "content-type": "application/json" });
  expect(sent?.headers).not.toHaveProperty("x-api-key");
  expect(answer).toEqual({
    kind: "edited",
    sketch: EDITED,
    usage: { inputTokens: 412, outputTokens: 31, cacheReadInputTokens: 0, cacheCreationInputTokens: 1830, dollars: (412 * 3 + 31 * 15 + 1830 * 3.75) / 1e6, fromCache: false },
  });
});

test("prices every kind of token at its own rate", async () => {
  const usage = { input_tokens: 1000, output_tokens: 500, cache_read_input_tokens: 2000, cache_creation_input_tokens: 4000, cache_creation: null, server_tool_use: null, service_tier: "standard", inference_geo: null };
  api.reply({ status: 200, body: message("No changes.", { usage }) });

  const answer = await anthropicModel().edit(editRequest());

  // 1000 × $3 + 500 × $15 + 2000 × $0.30 + 4000 × $3.75, per million tokens
  expect(answer.usage?.dollars).toBeCloseTo(0.0261, 10);
  expect(answer.usage).toMatchObject({ inputTokens: 1000, outputTokens: 500, cacheReadInputTokens: 2000, cacheCreationInputTokens: 4000 });
});

test('"No changes." is a no-change answer, with what it cost', async () => {
  api.reply({ status: 200, body: message("No changes.") });

  const answer = await anthropicModel().edit(editRequest());

  expect(answer).toMatchObject({ kind: "no-change", usage: { outputTokens: 31, fromCache: false } });
});

test("an answer with two code blocks is unusable, with the reason for the retry", async () => {
  api.reply({ status: 200, body: message("```python\na = 1\n```\nor\n```python\na = 2\n```") });

  const answer = await anthropicModel().edit(editRequest());

  expect(answer).toMatchObject({
    kind: "unusable",
    reason: "The answer had 2 fenced code blocks; answer with exactly one fenced code block holding the whole edited code (folded members left as they are), or with `No changes.` and nothing else.",
    usage: { inputTokens: 412 },
  });
});

test("an answer cut off at the token limit is unusable even when it looks complete, and is logged", async () => {
  api.reply({ status: 200, body: message(`\`\`\`python\n${EDITED}\`\`\``, { stop_reason: "max_tokens" }) });
  const logger = new RecordingLogger();

  const answer = await anthropicModel({ maxTokens: 64, logger }).edit(editRequest());

  expect(answer).toMatchObject({
    kind: "unusable",
    reason: "The answer was cut off at the limit of 64 output tokens. Answer with only the whole edited code in exactly one fenced code block and no explanations, or with `No changes.`.",
  });
  expect(logger.warnings).toEqual([{ message: "model answer cut off at the token limit", meta: expect.objectContaining({ block: "app/routes.py::handler", maxTokens: 64 }) }]);
});

test("text blocks of one answer are joined", async () => {
  api.reply({ status: 200, body: message("", { content: [{ type: "text", text: "```python\nx = 1\n" }, { type: "text", text: "```" }] }) });

  expect(await anthropicModel().edit(editRequest())).toMatchObject({ kind: "edited", sketch: "x = 1\n" });
});

describe("through a gateway", () => {
  const gateway = "https://llm-gateway.example.com/anthropic";
  let viaGateway: MessagesApiMock;
  beforeEach(() => {
    viaGateway = new MessagesApiMock(gateway);
  });

  test("calls ANTHROPIC_BASE_URL instead of Anthropic's API", async () => {
    viaGateway.reply({ status: 200, body: message("No changes.") });

    const answer = await anthropicModel({ baseURL: gateway }).edit(editRequest());

    expect(answer.kind).toBe("no-change");
    expect(viaGateway.requests).toHaveLength(1);
    viaGateway.expectDone();
  });
});

test("an empty key is refused before any call", () => {
  expect(() => anthropicModel({ apiKey: " " })).toThrow(expect.objectContaining({ code: "model-key-missing" }));
});
