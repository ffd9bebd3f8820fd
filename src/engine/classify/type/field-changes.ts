import type { Block } from "../../model/block.js";
import type { AtomicChange } from "../atomic-change.js";
import { label } from "../block-version.js";
import type { Field } from "../contract.js";
import { diffField } from "./diff-field.js";

function where(field: Field): string {
  return field.origin === "constructor" ? " (declared by the constructor)" : "";
}

function typed(field: Field): string {
  return field.type ? `${field.name}: ${field.type}` : field.name;
}

/** AF / DF / MF for one class present in both versions, from its fields before and after. */
export function fieldChanges(params: { beforeClass: Block; afterClass: Block; before: ReadonlyMap<string, Field>; after: ReadonlyMap<string, Field> }): AtomicChange[] {
  const { beforeClass, afterClass, before, after } = params;
  const ids = { blockId: beforeClass.id, afterBlockId: afterClass.id, classId: beforeClass.id };
  const owner = label(beforeClass);
  const changes: AtomicChange[] = [];
  for (const [name, field] of before) {
    const next = after.get(name);
    if (!next) {
      changes.push({ kind: "DF", ...ids, member: name, summary: `${field.kind} \`${name}\` removed from ${owner}`, details: { field, before: field, edits: [] } });
      continue;
    }
    const edits = diffField(field, next);
    if (edits.length === 0) continue;
    const summary = `${next.kind} \`${name}\` of ${owner} changed: ${edits.map((edit) => edit.text).join("; ")}`;
    changes.push({ kind: "MF", ...ids, member: name, summary, details: { field: next, before: field, after: next, edits } });
  }
  for (const [name, field] of after) {
    if (before.has(name)) continue;
    changes.push({ kind: "AF", ...ids, member: name, summary: `${field.kind} \`${typed(field)}\` added to ${owner}${where(field)}`, details: { field, after: field, edits: [] } });
  }
  return changes;
}
