import type { AtomicChange } from "../../../src/engine/classify/atomic-change.js";
import { classifyChanges } from "../../../src/engine/classify/classify-changes.js";
import { parseOne } from "../../helpers/make-repo.js";

/** Classifies the change of one file from `before` to `after` (undefined: the file does not exist). */
export async function classify(file: string, before: string | undefined, after: string | undefined): Promise<AtomicChange[]> {
  return classifyChanges({
    before: before === undefined ? undefined : await parseOne(file, before),
    after: after === undefined ? undefined : await parseOne(file, after),
  });
}

/** `KIND symbol[.member]`: the compact form tests assert first. */
export function kinds(changes: readonly AtomicChange[]): string[] {
  return changes.map((change) => {
    const symbol = change.blockId.split("::")[1] ?? change.blockId;
    return `${change.kind} ${symbol}${change.member ? ` ${change.member}` : ""}`;
  });
}

/** The one change of a kind; fails when there is none or more than one. */
export function only<K extends AtomicChange["kind"]>(changes: readonly AtomicChange[], kind: K): AtomicChange & { kind: K } {
  const found = changes.filter((change): change is AtomicChange & { kind: K } => change.kind === kind);
  const [first] = found;
  if (!first || found.length !== 1) throw new Error(`expected one ${kind}, got ${found.length}: ${kinds(changes).join(", ")}`);
  return first;
}
