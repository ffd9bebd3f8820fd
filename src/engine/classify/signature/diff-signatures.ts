import type { Signature } from "../contract.js";
import { quoted } from "./format-parameter.js";
import { diffParameters } from "./diff-parameters.js";
import type { SignatureEdit } from "./signature-edit.js";

function modifierEdits(before: readonly string[], after: readonly string[]): SignatureEdit[] {
  const removed = before.filter((modifier) => !after.includes(modifier));
  const added = after.filter((modifier) => !before.includes(modifier));
  return [
    ...removed.map((modifier): SignatureEdit => ({ edit: "modifier-removed", modifier, text: `\`${modifier}\` removed` })),
    ...added.map((modifier): SignatureEdit => ({ edit: "modifier-added", modifier, text: `\`${modifier}\` added` })),
  ];
}

function flagEdits(before: Signature, after: Signature): SignatureEdit[] {
  const edits: SignatureEdit[] = [];
  if (!before.async && after.async) edits.push({ edit: "async-added", text: "became async (callers must await it)" });
  if (before.async && !after.async) edits.push({ edit: "async-removed", text: "is no longer async" });
  if (!before.generator && after.generator) edits.push({ edit: "generator-added", text: "became a generator" });
  if (before.generator && !after.generator) edits.push({ edit: "generator-removed", text: "is no longer a generator" });
  return edits;
}

/**
 * Everything that changed in a signature, in the order a reader wants it: name, parameters,
 * async/generator, return type, modifiers, type parameters. Empty when the contract is the same.
 */
export function diffSignatures(before: Signature, after: Signature): SignatureEdit[] {
  const edits: SignatureEdit[] = [];
  if (before.name !== after.name) edits.push({ edit: "renamed", from: before.name, to: after.name, text: `renamed from \`${before.name}\` to \`${after.name}\`` });
  edits.push(...diffParameters(before.parameters, after.parameters));
  edits.push(...flagEdits(before, after));
  if (before.returnType !== after.returnType) {
    edits.push({ edit: "return-type-changed", from: before.returnType, to: after.returnType, text: `return type changed from ${quoted(before.returnType)} to ${quoted(after.returnType)}` });
  }
  edits.push(...modifierEdits(before.modifiers, after.modifiers));
  if (before.typeParameters !== after.typeParameters) {
    edits.push({ edit: "type-parameters-changed", from: before.typeParameters, to: after.typeParameters, text: `type parameters changed from ${quoted(before.typeParameters)} to ${quoted(after.typeParameters)}` });
  }
  return edits;
}
