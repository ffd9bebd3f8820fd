import type { AtomicChange } from "../atomic-change.js";
import type { ModuleEntry } from "../contract.js";

const WHAT: Record<ModuleEntry["kind"], string> = {
  import: "import",
  global: "module-level name",
  export: "export",
  namespace: "namespace",
};

/** Imports and globals bind local names; exports publish names: two namespaces. */
function byName(entries: readonly ModuleEntry[]): Map<string, ModuleEntry> {
  return new Map(entries.map((entry) => [entry.kind === "export" ? `export ${entry.name}` : entry.name, entry]));
}

function same(a: ModuleEntry, b: ModuleEntry): boolean {
  return a.kind === b.kind && a.source === b.source && a.text === b.text;
}

/** `import `logging``, `module-level name `API_BASE`` */
function named(entry: ModuleEntry): string {
  return `${WHAT[entry.kind]} \`${entry.name}\``;
}

/**
 * The names a `<module>` block binds, compared by name: AI for a new one, DI for one that is
 * gone, MI when its statement changed. Covers imports and also module-level variables,
 * re-exports and namespace lines, which other blocks use the same way.
 */
export function diffEntries(params: {
  /** The `<module>` block's before id (its after id for a new file). */
  blockId: string;
  afterBlockId: string | undefined;
  before: readonly ModuleEntry[];
  after: readonly ModuleEntry[];
}): AtomicChange[] {
  const before = byName(params.before);
  const after = byName(params.after);
  const { blockId, afterBlockId } = params;
  const changes: AtomicChange[] = [];
  for (const [key, entry] of before) {
    const next = after.get(key);
    const name = entry.name;
    if (!next) {
      changes.push({ kind: "DI", blockId, afterBlockId, member: name, summary: `${named(entry)} removed`, details: { entry, before: entry } });
    } else if (!same(entry, next)) {
      changes.push({ kind: "MI", blockId, afterBlockId, member: name, summary: `${named(next)} changed from \`${entry.text}\` to \`${next.text}\``, details: { entry: next, before: entry, after: next } });
    }
  }
  for (const [key, entry] of after) {
    if (before.has(key)) continue;
    const name = entry.name;
    const from = entry.source && entry.source !== name ? ` from \`${entry.source}\`` : "";
    changes.push({ kind: "AI", blockId, afterBlockId, member: name, summary: `${named(entry)}${from} added`, details: { entry, after: entry } });
  }
  return changes;
}
