import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { messageBody } from "../../../src/adapters/anthropic/message-body.js";
import { DiskResponseCache, responseCacheKey } from "../../../src/adapters/anthropic/response-cache.js";
import { renderPrompt } from "../../../src/engine/edit/prompt.js";
import { tempDir } from "../../helpers/temp-dir.js";
import { anthropicModel, EDITED, editRequest, RecordingLogger } from "./kit.js";
import { message, MessagesApiMock } from "./messages-api-mock.js";

let api: MessagesApiMock;
let directory: string;
let cleanup: () => Promise<void>;
let logger: RecordingLogger;
beforeEach(async () => {
  api = new MessagesApiMock();
  ({ path: directory, cleanup } = await tempDir({}));
  logger = new RecordingLogger();
});
afterEach(async () => {
  api.expectDone();
  await cleanup();
});

const CACHE_HIT = { inputTokens: 0, outputTokens: 0, cacheReadInputTokens: 0, cacheCreationInputTokens: 0, dollars: 0, fromCache: true };
const EDITED_ANSWER = `\`\`\`python\n${EDITED}\`\`\``;

function cachedModel() {
  return anthropicModel({ logger, cache: new DiskResponseCache({ directory, logger }) });
}

/** The key of editRequest() as the model sends it by default. */
function defaultKey(): string {
  return responseCacheKey(messageBody({ prompt: renderPrompt(editRequest()), model: "claude-sonnet-4-6", maxTokens: 8192 }));
}

test("a miss asks the API and stores the answer under the sha256 of the exact body sent; a hit makes no call and costs nothing", async () => {
  api.reply({ status: 200, body: message(EDITED_ANSWER) });

  const first = await cachedModel().edit(editRequest());

  const key = createHash("sha256").update(api.requests[0]?.raw ?? "").digest("hex");
  expect(key).toBe(defaultKey());
  expect(await readdir(directory)).toEqual([`${key}.json`]);
  const { fromCache, ...paid } = first.usage ?? CACHE_HIT;
  expect(fromCache).toBe(false);
  expect(JSON.parse(await readFile(join(directory, `${key}.json`), "utf8"))).toEqual({ text: EDITED_ANSWER, usage: paid });

  const second = await cachedModel().edit(editRequest());

  expect(second).toEqual({ kind: "edited", sketch: EDITED, usage: CACHE_HIT });
  expect(api.requests).toHaveLength(1);
});

test('"No changes." is cached too', async () => {
  api.reply({ status: 200, body: message("No changes.") });
  await cachedModel().edit(editRequest());

  expect(await cachedModel().edit(editRequest())).toEqual({ kind: "no-change", usage: CACHE_HIT });
});

test("an unusable answer is not cached: the retry asks the API again", async () => {
  api.reply({ status: 200, body: message("Looks fine to me.") });

  expect((await cachedModel().edit(editRequest())).kind).toBe("unusable");
  expect(await readdir(directory)).toEqual([]);
});

test("a different prompt is a different key", async () => {
  api.reply({ status: 200, body: message("No changes.") }).reply({ status: 200, body: message("No changes.") });

  await cachedModel().edit(editRequest());
  await cachedModel().edit(editRequest({ causes: ["another cause"] }));

  expect(api.requests).toHaveLength(2);
  expect(await readdir(directory)).toHaveLength(2);
});

test.each([
  ["not JSON", '{"text": "```python\\n'],
  ["JSON of the wrong shape", '{"answer": "No changes."}'],
])("a corrupt entry (%s) is logged and ignored, then replaced", async (_name, content) => {
  await writeFile(join(directory, `${defaultKey()}.json`), content);
  api.reply({ status: 200, body: message(EDITED_ANSWER) });

  const answer = await cachedModel().edit(editRequest());

  expect(answer).toMatchObject({ kind: "edited", usage: { fromCache: false } });
  expect(logger.warnings).toEqual([{ message: "corrupt response cache entry ignored", meta: { path: join(directory, `${defaultKey()}.json`) } }]);
  expect(JSON.parse(await readFile(join(directory, `${defaultKey()}.json`), "utf8"))).toMatchObject({ text: EDITED_ANSWER });
});

test("a cache that cannot be written is logged, and the answer still returned", async () => {
  const notADirectory = join(directory, "file");
  await writeFile(notADirectory, "");
  api.reply({ status: 200, body: message("No changes.") });

  const answer = await anthropicModel({ logger, cache: new DiskResponseCache({ directory: notADirectory, logger }) }).edit(editRequest());

  expect(answer.kind).toBe("no-change");
  expect(logger.warnings.map((warning) => warning.message)).toEqual(["response cache entry unreadable, ignored", "response cache entry not written"]);
});
