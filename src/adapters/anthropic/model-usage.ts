import type { ModelUsage } from "../../engine/index.js";

/** A model's price in US dollars per million tokens, as the provider's price list gives it. */
export interface ModelPrice {
  /** Input tokens billed at the full rate. */
  inputPerMillion: number;
  outputPerMillion: number;
  /** Input tokens read from the prompt cache (a tenth of the input price at Anthropic). */
  cacheReadPerMillion: number;
  /** Input tokens written to the prompt cache (1.25 × the input price for the 5-minute cache). */
  cacheWritePerMillion: number;
}

/** The token counts of a Messages API answer, as its `usage` object holds them. */
export interface ApiUsage {
  input_tokens: number;
  output_tokens: number;
  cache_read_input_tokens?: number | null;
  cache_creation_input_tokens?: number | null;
}

/** What an answer served from the local response cache cost: nothing. */
export const CACHE_HIT_USAGE: ModelUsage = {
  inputTokens: 0,
  outputTokens: 0,
  cacheReadInputTokens: 0,
  cacheCreationInputTokens: 0,
  dollars: 0,
  fromCache: true,
};

/** The API's token counts as a ModelUsage, each kind of token priced at its own rate. */
export function modelUsage(usage: ApiUsage, price: ModelPrice): ModelUsage {
  const counted = {
    inputTokens: usage.input_tokens,
    outputTokens: usage.output_tokens,
    cacheReadInputTokens: usage.cache_read_input_tokens ?? 0,
    cacheCreationInputTokens: usage.cache_creation_input_tokens ?? 0,
  };
  const perMillion =
    counted.inputTokens * price.inputPerMillion +
    counted.outputTokens * price.outputPerMillion +
    counted.cacheReadInputTokens * price.cacheReadPerMillion +
    counted.cacheCreationInputTokens * price.cacheWritePerMillion;
  return { ...counted, dollars: perMillion / 1_000_000, fromCache: false };
}
