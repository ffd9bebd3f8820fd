import { distance } from "fastest-levenshtein";
import { diffBlocks } from "../diff/diff-blocks.js";
import type { ParsedFile } from "../model/block.js";
import { normalisedLines } from "../model/normalise.js";
import { diffBleu } from "./diff-bleu.js";
import type { EvalTask, TaskEntry } from "./task.js";

/** A tree as the scorer sees it: parsed source files and the text of every file. */
export interface ScoredTree {
  parsed: readonly ParsedFile[];
  texts: ReadonlyMap<string, string>;
}

export interface FileScore {
  file: string;
  exact: boolean;
  normalised: boolean;
}

export interface TaskScore {
  matched: number;
  missed: number;
  spurious: number;
  recall: number;
  precision: number;
  missedBlocks: string[];
  spuriousBlocks: string[];
  files: FileScore[];
  exactFiles: number;
  levenshtein: number;
  diffBleu: number;
}

type Key = `${string}::${string}`;

/** The README's changed-block keys: modified, deleted (before name) and added (after name); renames are a deletion plus an addition. */
function changedKeys(before: readonly ParsedFile[], out: readonly ParsedFile[]): { touched: Set<Key>; added: Set<Key> } {
  const touched = new Set<Key>();
  const added = new Set<Key>();
  for (const change of diffBlocks(before, out)) {
    if (change.status === "added") added.add(`${change.file}::${change.symbol}`);
    else touched.add(`${change.file}::${change.symbol}`);
    if (change.status === "renamed") added.add(`${change.file}::${change.afterSymbol ?? ""}`);
  }
  return { touched, added };
}

function entryTouched(entry: TaskEntry, keys: { touched: Set<Key>; added: Set<Key> }): boolean {
  if (entry.status === "added") return keys.added.has(`${entry.file}::${entry.symbol}`);
  if (entry.status === "renamed") return keys.touched.has(`${entry.file}::${entry.symbol}`) || keys.added.has(`${entry.file}::${entry.after_symbol ?? ""}`);
  return keys.touched.has(`${entry.file}::${entry.symbol}`);
}

function entryKeys(entry: TaskEntry): Key[] {
  const keys: Key[] = [`${entry.file}::${entry.symbol}`];
  if (entry.after_symbol) keys.push(`${entry.file}::${entry.after_symbol}`);
  return keys;
}

function sameNormalised(a: string | undefined, b: string | undefined): boolean {
  return normalisedLines(a ?? "").join("\n") === normalisedLines(b ?? "").join("\n");
}

/** Scores a produced tree against a task as ../shared/bench/README.md defines it. */
export function scoreTask(params: { task: EvalTask; before: ScoredTree; out: ScoredTree; after: ScoredTree }): TaskScore {
  const { task, before, out, after } = params;
  const keys = changedKeys(before.parsed, out.parsed);
  const matchedEntries = task.derived.filter((entry) => entryTouched(entry, keys));
  const known = new Set([...task.seed, ...task.derived].flatMap(entryKeys));
  const spuriousBlocks = [...keys.touched, ...keys.added].filter((key) => !known.has(key)).sort();
  const missedBlocks = task.derived.filter((entry) => !entryTouched(entry, keys)).map((entry) => `${entry.file}::${entry.symbol}`);
  const paths = [...new Set([...before.texts.keys(), ...after.texts.keys(), ...out.texts.keys()])].sort();
  const changedPaths = paths.filter((path) => before.texts.get(path) !== after.texts.get(path) || before.texts.get(path) !== out.texts.get(path));
  const files = changedPaths.map((file) => ({
    file,
    exact: out.texts.get(file) === after.texts.get(file),
    normalised: sameNormalised(out.texts.get(file), after.texts.get(file)),
  }));
  let levenshtein = 0;
  let bleuSum = 0;
  for (const file of changedPaths) {
    levenshtein += distance(out.texts.get(file) ?? "", after.texts.get(file) ?? "");
    bleuSum += diffBleu(before.texts.get(file) ?? "", out.texts.get(file) ?? "", after.texts.get(file) ?? "");
  }
  const matched = matchedEntries.length;
  return {
    matched,
    missed: task.derived.length - matched,
    spurious: spuriousBlocks.length,
    recall: task.derived.length === 0 ? 1 : matched / task.derived.length,
    precision: matched + spuriousBlocks.length === 0 ? 1 : matched / (matched + spuriousBlocks.length),
    missedBlocks,
    spuriousBlocks,
    files,
    exactFiles: files.filter((file) => file.exact).length,
    levenshtein,
    diffBleu: changedPaths.length === 0 ? 1 : bleuSum / changedPaths.length,
  };
}
