import { anthropicModel, editRequest } from "./kit.js";
import { fixture, message, MessagesApiMock } from "./messages-api-mock.js";

let api: MessagesApiMock;
beforeEach(() => {
  api = new MessagesApiMock();
});
afterEach(() => api.expectDone());

const NO_CHANGES = { status: 200, body: message("No changes.") };
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function abortAfter(ms: number): AbortSignal {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), ms);
  return controller.signal;
}

test("a signal aborted before the call: rejected at once, nothing sent", async () => {
  await expect(anthropicModel().edit(editRequest(), AbortSignal.abort())).rejects.toMatchObject({ code: "cancelled", userMessage: "The model call was cancelled." });
  expect(api.requests).toEqual([]);
});

test("aborted while the request is in flight: rejected at once, not retried", async () => {
  api.reply({ ...NO_CHANGES, delayMs: 5000 });
  const started = Date.now();

  await expect(anthropicModel().edit(editRequest(), abortAfter(50))).rejects.toMatchObject({ code: "cancelled" });

  expect(Date.now() - started).toBeLessThan(500);
  await wait(700); // longer than the SDK's first retry delay: a retry would be an unmatched request
  expect(api.requests).toHaveLength(1);
});

test("aborted while waiting to retry: rejected at once, and the SDK sends no retry", async () => {
  api.reply({ status: 529, body: fixture("error.overloaded"), headers: { "retry-after": "5" } }).reply(NO_CHANGES);
  const started = Date.now();

  await expect(anthropicModel().edit(editRequest(), abortAfter(150))).rejects.toMatchObject({ code: "cancelled" });

  expect(Date.now() - started).toBeLessThan(500);
  // The SDK's sleep wakes on abort; were it to send the retry anyway, it would do so right away.
  await wait(200);
  expect(api.requests).toHaveLength(1);
  expect(api.pending()).toHaveLength(1);
  api.discard();
});
