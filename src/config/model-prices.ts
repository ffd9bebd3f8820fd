import type { ModelPrice } from "../adapters/anthropic/model-usage.js";
import { CodeplanError } from "../engine/index.js";

export type { ModelPrice };

/** A list price: input and output per million tokens; prompt-cache reads at `cacheRead` × input, 5-minute cache writes at 1.25 × input. */
function price(input: number, output: number, cacheRead = 0.1): ModelPrice {
  const exact = (dollars: number) => Math.round(dollars * 1e6) / 1e6;
  return { inputPerMillion: input, outputPerMillion: output, cacheReadPerMillion: exact(input * cacheRead), cacheWritePerMillion: exact(input * 1.25) };
}

/** Anthropic's list prices (checked November 2026), by model id prefix: dated snapshots share their family's price. */
export const KNOWN_PRICES: Readonly<Record<string, ModelPrice>> = {
  "claude-fable-5-1": price(10, 50, 0.025),
  "claude-opus-5-5": price(4, 20, 0.05),
  "claude-opus-5": price(5, 25),
  "claude-opus-4-7": price(5, 25),
  "claude-opus-4-6": price(5, 25),
  "claude-opus-4-5": price(5, 25),
  "claude-opus-4-1": price(15, 75),
  "claude-opus-4-0": price(15, 75),
  "claude-opus-4-20250514": price(15, 75),
  "claude-sonnet-5-5": price(2, 10, 0.05),
  "claude-sonnet-5": price(2, 10),
  "claude-sonnet-4-6": price(3, 15),
  "claude-sonnet-4-5": price(3, 15),
  "claude-sonnet-4-0": price(3, 15),
  "claude-sonnet-4-20250514": price(3, 15),
  "claude-3-7-sonnet": price(3, 15),
  // Haiku 5.5's price for prompts up to 100,000 tokens, which sketches stay far below.
  "claude-haiku-5-5": price(0.1, 0.5),
  "claude-haiku-4-5": price(1, 5),
  "claude-3-5-haiku": price(0.8, 4),
};

/**
 * The price of `model`: the repository's own entry for it, else the longest known id prefix.
 * Throws (code "unknown-model-price") when neither knows it, since a dollar budget needs a price.
 */
export function priceOf(model: string, configured: Readonly<Record<string, ModelPrice>> = {}): ModelPrice {
  const own = configured[model];
  if (own) return own;
  const prefix = Object.keys(KNOWN_PRICES)
    .filter((known) => model.startsWith(known))
    .sort((a, b) => b.length - a.length)[0];
  const known = prefix ? KNOWN_PRICES[prefix] : undefined;
  if (known) return known;
  throw new CodeplanError({
    code: "unknown-model-price",
    userMessage: `codeplan does not know the price of the model "${model}". Add it to .github/codeplan.yml:\nprices:\n  ${model}: { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 }   # US dollars per million tokens`,
  });
}
