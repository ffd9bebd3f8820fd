import type { BlockChange } from "../diff/block-change.js";
import type { ParsedFile } from "../model/block.js";
import { isClassLike } from "./block-version.js";

/** Which blocks' contracts classification reads, per side. */
export interface ContractNeeds {
  before: Set<string>;
  after: Set<string>;
}

/** The symbol of the class whose fields a changed block may change: itself, or a constructor's class. */
function classSymbol(file: ParsedFile | undefined, symbol: string): string | undefined {
  const block = file?.blocks.find((candidate) => candidate.symbol === symbol);
  if (!block) return undefined;
  if (isClassLike(block.kind)) return block.symbol;
  const parent = block.kind === "constructor" ? file?.blocks.find((candidate) => candidate.id === block.parentId) : undefined;
  return parent?.symbol;
}

/** Ids of changed blocks of one side, plus the classes and constructors of `classes`. */
function side(file: ParsedFile | undefined, symbols: readonly string[], classes: ReadonlySet<string>): Set<string> {
  const ids = new Set<string>();
  const byId = new Map((file?.blocks ?? []).map((block) => [block.id, block]));
  for (const block of file?.blocks ?? []) {
    const parent = block.parentId ? byId.get(block.parentId) : undefined;
    const ofClass = classes.has(block.symbol) || (block.kind === "constructor" && !!parent && classes.has(parent.symbol));
    if (symbols.includes(block.symbol) || ofClass) ids.add(block.id);
  }
  return ids;
}

/**
 * The blocks whose contracts a file's classification needs: the changed blocks on each side,
 * and for a changed class or constructor, the class and all its constructors on both sides (its
 * fields). Reading only these keeps a one-line edit in a large file cheap.
 */
export function contractNeeds(changes: readonly BlockChange[], before: ParsedFile | undefined, after: ParsedFile | undefined): ContractNeeds {
  const beforeSymbols = changes.filter((change) => change.status !== "added").map((change) => change.symbol);
  const afterSymbols = changes.filter((change) => change.status !== "deleted").map((change) => change.afterSymbol ?? change.symbol);
  const renamed = new Map(changes.flatMap((change) => (change.afterSymbol ? [[change.symbol, change.afterSymbol] as const] : [])));
  const beforeClasses = new Set<string>();
  const afterClasses = new Set<string>();
  for (const symbol of beforeSymbols) {
    const owner = classSymbol(before, symbol);
    if (owner) beforeClasses.add(owner);
  }
  for (const symbol of afterSymbols) {
    const owner = classSymbol(after, symbol);
    if (owner) afterClasses.add(owner);
  }
  const originalOf = new Map([...renamed].map(([from, to]) => [to, from]));
  for (const owner of afterClasses) beforeClasses.add(originalOf.get(owner) ?? owner);
  for (const owner of beforeClasses) afterClasses.add(renamed.get(owner) ?? owner);
  return { before: side(before, beforeSymbols, beforeClasses), after: side(after, afterSymbols, afterClasses) };
}
