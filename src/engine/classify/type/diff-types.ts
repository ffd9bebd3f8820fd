import type { TypeContract } from "../contract.js";
import { quoted } from "../signature/format-parameter.js";
import type { ClassEdit } from "./class-edit.js";

function listEdits(before: readonly string[], after: readonly string[], what: "base" | "modifier"): ClassEdit[] {
  const edits: ClassEdit[] = [];
  for (const item of before) {
    if (after.includes(item)) continue;
    edits.push(what === "base" ? { edit: "base-removed", base: item, text: `base \`${item}\` removed` } : { edit: "modifier-removed", modifier: item, text: `\`${item}\` removed` });
  }
  for (const item of after) {
    if (before.includes(item)) continue;
    edits.push(what === "base" ? { edit: "base-added", base: item, text: `base \`${item}\` added` } : { edit: "modifier-added", modifier: item, text: `\`${item}\` added` });
  }
  return edits;
}

/** How a class-like declaration changed, fields aside: name, bases, modifiers, type parameters, alias definition. */
export function diffTypes(before: TypeContract, after: TypeContract): ClassEdit[] {
  const edits: ClassEdit[] = [];
  if (before.name !== after.name) edits.push({ edit: "renamed", from: before.name, to: after.name, text: `renamed from \`${before.name}\` to \`${after.name}\`` });
  edits.push(...listEdits(before.bases, after.bases, "base"));
  edits.push(...listEdits(before.modifiers, after.modifiers, "modifier"));
  if (before.typeParameters !== after.typeParameters) {
    edits.push({ edit: "type-parameters-changed", from: before.typeParameters, to: after.typeParameters, text: `type parameters changed from ${quoted(before.typeParameters)} to ${quoted(after.typeParameters)}` });
  }
  if (before.definition !== after.definition) {
    edits.push({ edit: "definition-changed", from: before.definition, to: after.definition, text: `definition changed from ${quoted(before.definition)} to ${quoted(after.definition)}` });
  }
  return edits;
}
