import { APIConnectionError, APIConnectionTimeoutError, APIError } from "@anthropic-ai/sdk";
import { CodeplanError } from "../../engine/index.js";

/** What a message about a failed call needs to know about the call. */
export interface CallContext {
  baseURL: string;
  model: string;
  maxRetries: number;
  timeoutMs: number;
}

/**
 * A failed Messages API call (after the SDK's retries) as a CodeplanError whose message says what
 * to do: fix the key, the model name or the request; wait or lower concurrency; check the network.
 */
export function modelError(error: unknown, call: CallContext): CodeplanError {
  if (error instanceof CodeplanError) return error;
  if (error instanceof APIConnectionTimeoutError) {
    const attempts = call.maxRetries + 1;
    return fail("model-timeout", `The model API gave no answer within ${call.timeoutMs / 1000} s (${plural(attempts, "attempt")}). Try again later, or allow more time for model calls.`, error);
  }
  if (error instanceof APIConnectionError) {
    return fail("model-unreachable", `Could not reach the model API at ${call.baseURL}: ${describeCause(error)}. Check the network and ANTHROPIC_BASE_URL.`, error);
  }
  if (error instanceof APIError && error.status !== undefined) return statusError(error, error.status, call);
  return fail("model-failed", `The model call failed: ${error instanceof Error ? error.message : String(error)}.`, error);
}

function statusError(error: APIError, status: number, call: CallContext): CodeplanError {
  const said = describeApiError(error, status);
  if (status === 401) {
    return fail("model-key-refused", `ANTHROPIC_API_KEY was refused by ${call.baseURL} (${said}). Set a valid key; a gateway in ANTHROPIC_BASE_URL may need its own.`, error);
  }
  if (status === 403) {
    return fail("model-key-refused", `ANTHROPIC_API_KEY may not call model ${call.model} (${said}). Use a key with access to it, or choose another model.`, error);
  }
  if (isRetried(status)) {
    const attempts = error.headers?.get("x-should-retry") === "false" ? 1 : call.maxRetries + 1;
    const what = status === 429 ? "rate limited" : "overloaded or failing";
    return fail(status === 429 ? "model-rate-limited" : "model-unavailable", `The model API was ${what} (${said}) after ${plural(attempts, "attempt")}. Try again later, or lower concurrency.`, error);
  }
  if (status === 404) {
    return fail("model-request-rejected", `The model API rejected the request (${said}). Check the model name ${call.model} (CODEPLAN_MODEL or \`model\` in .github/codeplan.yml) and ANTHROPIC_BASE_URL.`, error);
  }
  return fail("model-request-rejected", `The model API rejected the request (${said}); it was not retried.`, error);
}

/** The statuses the SDK retries: request timeout, conflict, rate limit and server errors (529: overloaded). */
function isRetried(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/** `529 overloaded_error: Overloaded, request req_…` from the API's error body and headers. */
function describeApiError(error: APIError, status: number): string {
  const type = error.type ? ` ${error.type}` : "";
  const message = error.apiMessage ?? shorten(error.message.replace(/^\d+ /, ""));
  const requestId = error.requestID ? `, request ${error.requestID}` : "";
  return `${status}${type}: ${message}${requestId}`;
}

/** A gateway's error page can be long HTML: its start is enough to recognise it. */
function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > 200 ? `${oneLine.slice(0, 200)}…` : oneLine;
}

function describeCause(error: APIConnectionError): string {
  const cause = error.cause instanceof Error ? (error.cause.cause instanceof Error ? error.cause.cause : error.cause) : undefined;
  return cause?.message ?? error.message;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function fail(code: string, userMessage: string, cause: unknown): CodeplanError {
  return new CodeplanError({ code, userMessage, cause });
}
