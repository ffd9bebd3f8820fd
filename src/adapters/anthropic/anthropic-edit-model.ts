import Anthropic from "@anthropic-ai/sdk";
import { CodeplanError, parseAnswer, renderPrompt, type EditAnswer, type EditModel, type EditRequest, type Logger, type ModelUsage } from "../../engine/index.js";
import { bufferedFetch } from "./buffered-fetch.js";
import { cancelledError, untilAborted } from "./cancelled.js";
import { messageBody, type MessageBody } from "./message-body.js";
import { modelError, type CallContext } from "./model-error.js";
import { CACHE_HIT_USAGE, modelUsage, type ModelPrice } from "./model-usage.js";
import { readMessage } from "./read-message.js";
import { responseCacheKey, type ResponseCache } from "./response-cache.js";
import { sdkLogger } from "./sdk-logger.js";

export const ANTHROPIC_API_URL = "https://api.anthropic.com";

export interface AnthropicModelOptions {
  apiKey: string;
  /** An LLM gateway or proxy (ANTHROPIC_BASE_URL). Default: Anthropic's API. */
  baseURL?: string;
  /** The model id, e.g. `claude-sonnet-5-5`. */
  model: string;
  /** The most output tokens of one answer; an answer cut off there is unusable. Default 8192. */
  maxTokens?: number;
  /** Time limit of one attempt, in milliseconds. Default 300,000. */
  timeoutMs?: number;
  /** Retries after a rate limit, overload, server error or timeout, honouring `retry-after`. Default 2. */
  maxRetries?: number;
  price: ModelPrice;
  /** Answers already paid for; a hit costs nothing and makes no call. */
  cache?: ResponseCache;
  logger: Logger;
}

/**
 * The EditModel on Anthropic's Messages API. Throws "model-key-missing" for an empty key. `edit`
 * rejects with a CodeplanError (see README.md for the codes) when the API cannot be reached or
 * refuses, and with code "cancelled" the moment `signal` aborts.
 */
export class AnthropicEditModel implements EditModel {
  private readonly client: Anthropic;
  private readonly call: CallContext;
  private readonly maxTokens: number;

  constructor(private readonly options: AnthropicModelOptions) {
    if (options.apiKey.trim() === "") {
      throw new CodeplanError({ code: "model-key-missing", userMessage: "ANTHROPIC_API_KEY is not set: codeplan can plan without it, but not edit. Set it to edit with Anthropic's models." });
    }
    const baseURL = options.baseURL ?? ANTHROPIC_API_URL;
    this.call = { baseURL, model: options.model, maxRetries: options.maxRetries ?? 2, timeoutMs: options.timeoutMs ?? 300_000 };
    this.maxTokens = options.maxTokens ?? 8192;
    // Every setting is passed, so the SDK reads no ANTHROPIC_* variable for them.
    this.client = new Anthropic({
      apiKey: options.apiKey,
      baseURL,
      maxRetries: this.call.maxRetries,
      timeout: this.call.timeoutMs,
      fetch: bufferedFetch,
      logger: sdkLogger(options.logger),
      logLevel: "info",
    });
  }

  async edit(request: EditRequest, signal?: AbortSignal): Promise<EditAnswer> {
    // 1. the request body   2. a cached answer costs nothing   3. ask the API   4. cache a usable answer
    if (signal?.aborted) throw cancelledError();
    const body = messageBody({ prompt: renderPrompt(request), model: this.options.model, maxTokens: this.maxTokens });
    const key = responseCacheKey(body);
    const cached = await this.options.cache?.get(key);
    if (cached) return this.fromCache(request, cached.text);
    const { text, answer, usage } = await this.ask(body, request, signal);
    if (answer.kind !== "unusable") await this.options.cache?.set(key, { text, usage: paid(usage) });
    return { ...answer, usage };
  }

  private async ask(body: MessageBody, request: EditRequest, signal: AbortSignal | undefined): Promise<{ text: string; answer: EditAnswer; usage: ModelUsage }> {
    let message: Anthropic.Message;
    try {
      message = await untilAborted(this.client.messages.create(body, signal ? { signal } : {}), signal);
    } catch (error) {
      throw signal?.aborted ? cancelledError() : modelError(error, this.call);
    }
    const usage = modelUsage(message.usage, this.options.price);
    const { text, answer } = readMessage(message, this.maxTokens);
    const meta = { obligation: request.obligationId, block: request.blockId, answer: answer.kind, stopReason: message.stop_reason, ...usage };
    // The loop logs unusable answers; a cut-off one is worth a warning of its own, since a larger
    // maxTokens is the fix.
    if (message.stop_reason === "max_tokens") this.options.logger.warn({ ...meta, maxTokens: this.maxTokens }, "model answer cut off at the token limit");
    else this.options.logger.debug(meta, "model answer");
    return { text, answer, usage };
  }

  private fromCache(request: EditRequest, text: string): EditAnswer {
    this.options.logger.debug({ obligation: request.obligationId, block: request.blockId }, "model answer from the response cache");
    return { ...parseAnswer(text), usage: { ...CACHE_HIT_USAGE } };
  }
}

function paid(usage: ModelUsage): Omit<ModelUsage, "fromCache"> {
  const { fromCache: _fromCache, ...rest } = usage;
  return rest;
}
