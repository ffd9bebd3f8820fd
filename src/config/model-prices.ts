import { CodeplanError } from "../engine/index.js";

/** US dollars per million tokens of one model. */
export interface ModelPrice {
  inputPerMillion: number;
  outputPerMillion: number;
  cacheReadPerMillion: number;
  cacheWritePerMillion: number;
}

function price(input: number, output: number): ModelPrice {
  // Anthropic prices prompt-cache reads at a tenth of input and 5-minute cache writes at 1.25×.
  return { inputPerMillion: input, outputPerMillion: output, cacheReadPerMillion: input / 10, cacheWritePerMillion: input * 1.25 };
}

/** Anthropic's list prices, by model id prefix (dated snapshots share their family's price). */
export const KNOWN_PRICES: Readonly<Record<string, ModelPrice>> = {
  "claude-opus-4-5": price(5, 25),
  "claude-opus-4-1": price(15, 75),
  "claude-opus-4-0": price(15, 75),
  "claude-opus-4-20250514": price(15, 75),
  "claude-sonnet-4-5": price(3, 15),
  "claude-sonnet-4-0": price(3, 15),
  "claude-sonnet-4-20250514": price(3, 15),
  "claude-3-7-sonnet": price(3, 15),
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
