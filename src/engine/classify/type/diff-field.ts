import type { Field } from "../contract.js";
import { quoted } from "../signature/format-parameter.js";
import type { FieldEdit } from "./class-edit.js";

/**
 * How one field changed between versions. The initial value counts only for fields declared in
 * the class body (a constant's value, a dataclass default); a constructor's right-hand side is
 * constructor code, not the field's contract.
 */
export function diffField(before: Field, after: Field): FieldEdit[] {
  const edits: FieldEdit[] = [];
  if (before.kind !== after.kind) edits.push({ edit: "kind-changed", from: before.kind, to: after.kind, text: `changed from ${before.kind} to ${after.kind}` });
  if (before.type !== after.type) edits.push({ edit: "type-changed", from: before.type, to: after.type, text: `type changed from ${quoted(before.type)} to ${quoted(after.type)}` });
  const valued = before.origin === "class" && after.origin === "class";
  if (valued && before.value !== after.value) edits.push({ edit: "value-changed", from: before.value, to: after.value, text: `value changed from ${quoted(before.value)} to ${quoted(after.value)}` });
  if (before.modifiers.join(" ") !== after.modifiers.join(" ")) {
    const from = before.modifiers.join(" ") || "no modifiers";
    const to = after.modifiers.join(" ") || "no modifiers";
    edits.push({ edit: "modifiers-changed", from: before.modifiers, to: after.modifiers, text: `modifiers changed from ${from} to ${to}` });
  }
  return edits;
}
