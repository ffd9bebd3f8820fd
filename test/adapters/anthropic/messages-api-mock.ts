import { readFileSync } from "node:fs";
import nock from "nock";

export const API_URL = "https://api.anthropic.com";

/** A recorded Messages API response (test/fixtures/anthropic), by file name without `.json`. */
export function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../fixtures/anthropic/${name}.json`, import.meta.url), "utf8")) as Record<string, unknown>;
}

/** The recorded success response with `text` as the answer and, optionally, other fields replaced. */
export function message(text: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...fixture("message.edited"), content: [{ type: "text", text }], ...overrides };
}

export interface RecordedRequest {
  /** The body exactly as sent. */
  raw: string;
  headers: Record<string, string>;
  at: number;
}

interface Reply {
  status: number;
  body: object | string;
  headers?: Record<string, string>;
  /** The API thinking: no response headers for this long (or until the request is aborted). */
  delayMs?: number;
  /** A stalled connection: headers at once, the end of the body this much later. */
  stallBodyMs?: number;
}

/**
 * POST /v1/messages on Anthropic's API through nock, strictly: `expectDone()` fails on an
 * unmatched request (no real network either way) and on a reply that was never asked for.
 */
export class MessagesApiMock {
  readonly requests: RecordedRequest[] = [];
  readonly unmatched: string[] = [];
  private readonly scope: nock.Scope;
  private readonly path: string;
  private readonly onNoMatch = (request: { method?: string; path?: string }) => this.unmatched.push(`${request.method ?? "?"} ${request.path ?? "?"}`);

  /** `baseUrl`: a gateway's URL, for calls that go through ANTHROPIC_BASE_URL. */
  constructor(baseUrl = API_URL) {
    const url = new URL(baseUrl);
    this.scope = nock(url.origin);
    this.path = `${url.pathname.replace(/\/$/, "")}/v1/messages`;
    nock.emitter.on("no match", this.onNoMatch);
  }

  /** Queues one reply; replies are used in the order they were queued. */
  reply({ status, body, headers = {}, delayMs = 0, stallBodyMs = 0 }: Reply): this {
    const requests = this.requests;
    const interceptor = this.scope.post(this.path);
    const stalled = stallBodyMs > 0 ? interceptor.delay(stallBodyMs) : interceptor;
    stalled.reply(async (request) => {
      requests.push({ raw: await request.text(), headers: Object.fromEntries(request.headers), at: Date.now() });
      await sleep(delayMs, request.signal);
      return [status, body, { "content-type": "application/json", "request-id": `req_test_${requests.length}`, ...headers }];
    });
    return this;
  }

  /** Queues a connection that fails before any response. */
  failConnection(error: { message: string; code: string }): this {
    this.scope.post(this.path).replyWithError(Object.assign(new Error(error.message), { code: error.code }));
    return this;
  }

  /** The replies queued and not asked for. */
  pending(): string[] {
    return this.scope.pendingMocks();
  }

  /** Ends the mock: every reply used, no request unmatched. */
  expectDone(): void {
    nock.emitter.removeListener("no match", this.onNoMatch);
    const pending = this.pending();
    nock.cleanAll();
    expect({ unmatched: this.unmatched, pending }).toEqual({ unmatched: [], pending: [] });
  }

  /** Ends the mock when some replies were meant to stay unused (a cancelled retry). */
  discard(): void {
    nock.emitter.removeListener("no match", this.onNoMatch);
    nock.cleanAll();
    expect(this.unmatched).toEqual([]);
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
