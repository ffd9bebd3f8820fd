import type { Block, ParsedFile } from "../model/block.js";

/**
 * A rename that needs no model: every reference of a block to a renamed function or method, and
 * (for an override) the block's own name, rewritten from `from` to `to`. Recorded when the rename
 * is planned, against the block's text then; applied only to that same text.
 */
export interface MechanicalRename {
  kind: "rename";
  from: string;
  to: string;
  /** The block's own text when the rename was planned: a block edited since is left to the model. */
  blockText: string;
  /** Lines of the references to rename, counted from the block's first line (0), once per reference. */
  lines: number[];
  /** The block's own name in its header is renamed too (an override of a renamed method). */
  header: boolean;
  /** The file imports the old name by name (`from lib import old`, `import { old } from`): the import is renamed too. */
  importedByName?: boolean;
}

/** Lines the rename touches, with how many occurrences of the old name each must hold. */
type Occurrences = Map<number, number>;

function identifier(name: string): RegExp {
  return new RegExp(`(?<![\\w$])${name.replace(/[$]/g, "\\$")}(?![\\w$])`, "g");
}

/** The lines (0-based in the file) of one rename, or undefined when its header has not exactly one occurrence of the name. */
function occurrencesOf(file: ParsedFile, block: Block, rename: MechanicalRename): Occurrences | undefined {
  const occurrences: Occurrences = new Map();
  for (const line of rename.lines) {
    const index = block.span.startLine - 1 + line;
    occurrences.set(index, (occurrences.get(index) ?? 0) + 1);
  }
  if (!rename.header) return occurrences;
  const header = file.text.slice(block.span.start, block.bodyStart);
  if ((header.match(identifier(rename.from)) ?? []).length !== 1) return undefined;
  const before = header.slice(0, header.search(identifier(rename.from)));
  const headerLine = block.span.startLine - 1 + (before.match(/\n/g)?.length ?? 0);
  occurrences.set(headerLine, (occurrences.get(headerLine) ?? 0) + 1);
  return occurrences;
}

/**
 * The 0-based line of the import that binds `rename.from` by that very name, to be renamed with
 * the references; "done" when a sibling block's rename already renamed it; undefined when neither
 * can be found on one line (an import spread over lines, an aliased one).
 */
function importLine(file: ParsedFile, rename: MechanicalRename, lines: readonly string[]): number | "done" | undefined {
  const binds = (name: string) => (file.facts?.imports ?? []).find((fact) => fact.kind === "names" && fact.names.some((entry) => entry.imported === name && entry.local === name));
  const old = binds(rename.from);
  if (old) {
    const index = old.line - 1;
    return (lines[index]?.match(identifier(rename.from)) ?? []).length === 1 ? index : undefined;
  }
  return binds(rename.to) ? "done" : undefined;
}

/**
 * One rename per old and new name: a block planned for the same rename through several relations
 * (it calls the method and overrides it; it calls the function and passes it as a value) has the
 * same reference lines each time, and its header is renamed when any cause says so. Undefined
 * when two causes disagree on the lines.
 */
function mergedRenames(renames: readonly MechanicalRename[]): MechanicalRename[] | undefined {
  const byNames = new Map<string, MechanicalRename>();
  for (const rename of renames) {
    const key = `${rename.from}\u0000${rename.to}`;
    const known = byNames.get(key);
    if (known && known.lines.join() !== rename.lines.join()) return undefined;
    byNames.set(key, known ? { ...known, header: known.header || rename.header, importedByName: known.importedByName || rename.importedByName } : rename);
  }
  return [...byNames.values()];
}

/**
 * The file with the renames applied to `block`, whose text they were planned against; undefined
 * when they cannot be applied mechanically: a line does not hold exactly as many occurrences of
 * the old name as it has references to rename (a same-named member of another class on the same
 * line, the name in a string), so only a reader can tell them apart.
 */
export function applyMechanicalRenames(file: ParsedFile, block: Block, renames: readonly MechanicalRename[]): string | undefined {
  const lines = file.text.split("\n");
  const touched = new Set<number>();
  const merged = mergedRenames(renames);
  if (!merged) return undefined;
  for (const rename of merged) {
    const occurrences = occurrencesOf(file, block, rename);
    if (!occurrences) return undefined;
    const imported = rename.importedByName ? importLine(file, rename, lines) : "done";
    if (imported === undefined) return undefined;
    if (imported !== "done") occurrences.set(imported, (occurrences.get(imported) ?? 0) + 1);
    for (const [index, count] of occurrences) {
      const line = lines[index];
      if (line === undefined || touched.has(index) || (line.match(identifier(rename.from)) ?? []).length !== count) return undefined;
      lines[index] = line.replace(identifier(rename.from), () => rename.to);
      touched.add(index);
    }
  }
  return lines.join("\n");
}
