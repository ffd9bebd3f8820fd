import { anthropicModel, editRequest } from "./kit.js";
import { fixture, message, MessagesApiMock } from "./messages-api-mock.js";

let api: MessagesApiMock;
beforeEach(() => {
  api = new MessagesApiMock();
});
afterEach(() => api.expectDone());

const NO_CHANGES = { status: 200, body: message("No changes.") };

describe("no answer", () => {
  test("no response within the time limit, on every attempt", async () => {
    api.reply({ ...NO_CHANGES, delayMs: 5000 }).reply({ ...NO_CHANGES, delayMs: 5000 });

    await expect(anthropicModel({ timeoutMs: 100, maxRetries: 1 }).edit(editRequest())).rejects.toMatchObject({
      code: "model-timeout",
      userMessage: "The model API gave no answer within 0.1 s (2 attempts). Try again later, or allow more time for model calls.",
    });
    expect(api.requests).toHaveLength(2);
  });

  test("headers came but the body stalled: still a timeout", async () => {
    // The stalled body's timer outlives this test by a second; the tests after it take longer than that.
    api.reply({ ...NO_CHANGES, stallBodyMs: 1000 });
    const started = Date.now();

    await expect(anthropicModel({ timeoutMs: 100, maxRetries: 0 }).edit(editRequest())).rejects.toMatchObject({ code: "model-timeout" });
    expect(Date.now() - started).toBeLessThan(700);
  });

  test("the API cannot be reached", async () => {
    api.failConnection({ message: "connect ECONNREFUSED 10.1.2.3:443", code: "ECONNREFUSED" });

    await expect(anthropicModel({ maxRetries: 0 }).edit(editRequest())).rejects.toMatchObject({
      code: "model-unreachable",
      userMessage: "Could not reach the model API at https://api.anthropic.com: connect ECONNREFUSED 10.1.2.3:443. Check the network and ANTHROPIC_BASE_URL.",
    });
  });
});

describe("retried: rate limits, overload, server errors", () => {
  test("429 waits as long as retry-after says, then asks again", async () => {
    api.reply({ status: 429, body: fixture("error.rate-limit"), headers: { "retry-after": "1" } }).reply(NO_CHANGES);

    const answer = await anthropicModel().edit(editRequest());

    expect(answer.kind).toBe("no-change");
    const [first, second] = api.requests;
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  test("529 overloaded, then an answer", async () => {
    api.reply({ status: 529, body: fixture("error.overloaded"), headers: { "retry-after-ms": "20" } }).reply(NO_CHANGES);

    expect((await anthropicModel().edit(editRequest())).kind).toBe("no-change");
    expect(api.requests).toHaveLength(2);
  });

  test("a server error on every attempt: an error that says how often it tried and what to do", async () => {
    const failure = { status: 500, body: fixture("error.api"), headers: { "retry-after-ms": "10" } };
    api.reply(failure).reply(failure);

    await expect(anthropicModel({ maxRetries: 1 }).edit(editRequest())).rejects.toMatchObject({
      code: "model-unavailable",
      userMessage: "The model API was overloaded or failing (500 api_error: Internal server error, request req_test_2) after 2 attempts. Try again later, or lower concurrency.",
    });
  });

  test("rate limited on every attempt", async () => {
    const failure = { status: 429, body: fixture("error.rate-limit"), headers: { "retry-after-ms": "10" } };
    api.reply(failure).reply(failure).reply(failure);

    await expect(anthropicModel().edit(editRequest())).rejects.toMatchObject({
      code: "model-rate-limited",
      userMessage: expect.stringMatching(/^The model API was rate limited \(429 rate_limit_error: This request would exceed the rate limit .*, request req_test_3\) after 3 attempts\. Try again later, or lower concurrency\.$/),
    });
  });
});

describe("not retried: the request or the key is wrong", () => {
  test("400: one request, and the API's own message", async () => {
    api.reply({ status: 400, body: fixture("error.invalid-request") });

    await expect(anthropicModel().edit(editRequest())).rejects.toMatchObject({
      code: "model-request-rejected",
      userMessage: "The model API rejected the request (400 invalid_request_error: prompt is too long: 212000 tokens > 200000 maximum, request req_test_1); it was not retried.",
    });
    expect(api.requests).toHaveLength(1);
  });

  test("404: the model id is not known", async () => {
    api.reply({ status: 404, body: fixture("error.not-found") });

    await expect(anthropicModel({ model: "claude-sonnet-9" }).edit(editRequest())).rejects.toMatchObject({
      code: "model-request-rejected",
      userMessage:
        "The model API rejected the request (404 not_found_error: model: claude-sonnet-9, request req_test_1). Check the model name claude-sonnet-9 (CODEPLAN_MODEL or `model` in .github/codeplan.yml) and ANTHROPIC_BASE_URL.",
    });
  });

  test("401: the key was refused", async () => {
    api.reply({ status: 401, body: fixture("error.authentication") });

    await expect(anthropicModel().edit(editRequest())).rejects.toMatchObject({
      code: "model-key-refused",
      userMessage: "ANTHROPIC_API_KEY was refused by https://api.anthropic.com (401 authentication_error: invalid x-api-key, request req_test_1). Set a valid key; a gateway in ANTHROPIC_BASE_URL may need its own.",
    });
    expect(api.requests).toHaveLength(1);
  });

  test("a gateway's HTML error page is shortened into the message", async () => {
    const page = `<html>\n<head><title>413 Request Entity Too Large</title></head>\n<body>${"<p>padding</p>".repeat(40)}</body>\n</html>`;
    api.reply({ status: 413, body: page, headers: { "content-type": "text/html" } });

    await expect(anthropicModel().edit(editRequest())).rejects.toMatchObject({
      code: "model-request-rejected",
      userMessage: `The model API rejected the request (413: <html> <head><title>413 Request Entity Too Large</title></head> <body>${"<p>padding</p>".repeat(9)}<p>p…, request req_test_1); it was not retried.`,
    });
  });
});
