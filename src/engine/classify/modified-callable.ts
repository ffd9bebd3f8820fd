import { sameBlockText } from "../model/normalise.js";
import type { AtomicChange } from "./atomic-change.js";
import { label, type ContractPair } from "./block-version.js";
import { describeEscapes } from "./body/describe-escapes.js";
import { compareBodies, isEscaping } from "./body/escapes.js";
import type { CallableContract } from "./contract.js";
import { diffSignatures } from "./signature/diff-signatures.js";
import type { SignatureEdit } from "./signature/signature-edit.js";

function renamedParameters(edits: readonly SignatureEdit[]): Map<string, string> {
  const renames = new Map<string, string>();
  for (const edit of edits) if (edit.edit === "parameter-renamed") renames.set(edit.to, edit.from);
  return renames;
}

function bodyChange(pair: ContractPair<CallableContract>, edits: readonly SignatureEdit[]): AtomicChange | undefined {
  const { before, after } = pair;
  const beforeBody = pair.beforeContract.body;
  const afterBody = pair.afterContract.body;
  if (!beforeBody || !afterBody) return undefined;
  const equivalent = beforeBody.shape === afterBody.shape;
  // A pure signature edit leaves the body alone; a layout or local-name change is still a change of the block.
  if (equivalent && (edits.length > 0 || sameBlockText(before.block.text, after.block.text))) return undefined;
  const untypedParameters = new Set(pair.afterContract.signature.parameters.filter((parameter) => parameter.type === undefined).map((parameter) => parameter.name));
  const escapes = compareBodies({
    before: beforeBody,
    after: afterBody,
    renamedParameters: renamedParameters(edits),
    untypedParameters,
    constructor: before.block.kind === "constructor",
  });
  const escaping = isEscaping(escapes);
  const how = escaping ? `callers can observe it: ${describeEscapes(escapes).join("; ")}` : equivalent ? "only layout, comments or local names" : "nothing callers can observe";
  return {
    kind: "MMB",
    blockId: before.block.id,
    afterBlockId: after.block.id,
    classId: before.classId,
    summary: `${label(before.block)} body changed; ${how}`,
    details: { escaping, equivalent, escapes },
  };
}

/**
 * A function, method or constructor present in both versions: a signature change (MMS, or MCC
 * for a constructor) and/or a body change (MMB with its escape check).
 */
export function classifyModifiedCallable(pair: ContractPair<CallableContract>): AtomicChange[] {
  const { before, after, beforeContract, afterContract } = pair;
  const edits = diffSignatures(beforeContract.signature, afterContract.signature);
  const changes: AtomicChange[] = [];
  if (edits.length > 0) {
    changes.push({
      kind: before.block.kind === "constructor" ? "MCC" : "MMS",
      blockId: before.block.id,
      afterBlockId: after.block.id,
      classId: before.classId,
      summary: `${label(before.block)} signature changed: ${edits.map((edit) => edit.text).join("; ")}`,
      details: { before: beforeContract.signature, after: afterContract.signature, edits },
    });
  }
  const body = bodyChange(pair, edits);
  if (body) changes.push(body);
  return changes;
}
