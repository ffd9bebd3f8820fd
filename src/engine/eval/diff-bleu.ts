import { diffLines } from "diff";

const MAX_ORDER = 4;

function tokens(text: string): string[] {
  return text.match(/[A-Za-z_][A-Za-z0-9_]*|\d+(?:\.\d+)?|\S/g) ?? [];
}

/** The changed lines of a before→after diff, each prefixed with + or -, as one token list. */
export function diffTokens(before: string, after: string): string[] {
  const out: string[] = [];
  for (const part of diffLines(before, after)) {
    if (!part.added && !part.removed) continue;
    const sign = part.added ? "+" : "-";
    for (const line of part.value.split("\n")) {
      if (line.trim() === "") continue;
      out.push(sign, ...tokens(line));
    }
  }
  return out;
}

function ngrams(words: readonly string[], order: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + order <= words.length; i++) {
    const key = words.slice(i, i + order).join("\u0000");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** BLEU-4 with add-one smoothing (Lin & Och) of a candidate token list against one reference. */
export function bleu(candidate: readonly string[], reference: readonly string[]): number {
  if (candidate.length === 0 && reference.length === 0) return 1;
  if (candidate.length === 0 || reference.length === 0) return 0;
  let logSum = 0;
  for (let order = 1; order <= MAX_ORDER; order++) {
    const candidateGrams = ngrams(candidate, order);
    const referenceGrams = ngrams(reference, order);
    let overlap = 0;
    let total = 0;
    for (const [gram, count] of candidateGrams) {
      overlap += Math.min(count, referenceGrams.get(gram) ?? 0);
      total += count;
    }
    const precision = order === 1 ? overlap / Math.max(total, 1) : (overlap + 1) / (total + 1);
    if (precision === 0) return 0;
    logSum += Math.log(precision) / MAX_ORDER;
  }
  const brevity = candidate.length >= reference.length ? 1 : Math.exp(1 - reference.length / candidate.length);
  return brevity * Math.exp(logSum);
}

/** DiffBLEU: BLEU of the tool's diff (before → out) against the reference diff (before → after). */
export function diffBleu(before: string, out: string, after: string): number {
  return bleu(diffTokens(before, out), diffTokens(before, after));
}
