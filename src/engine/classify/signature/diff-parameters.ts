import type { Parameter } from "../contract.js";
import { formatParameter, placeOf, quoted } from "./format-parameter.js";
import type { SignatureEdit } from "./signature-edit.js";

type Pair = { before: Parameter; after: Parameter; beforeIndex: number; afterIndex: number };

const POSITIONAL = new Set(["positional", "positional-only"]);

function isRequired(parameter: Parameter): boolean {
  return parameter.default === undefined && !parameter.optional && parameter.kind !== "rest" && parameter.kind !== "keyword-rest";
}

/** Same name; then, among the rest, same position and kind (a rename). */
function pairParameters(before: readonly Parameter[], after: readonly Parameter[]): Pair[] {
  const pairs: Pair[] = [];
  const afterByName = new Map(after.map((parameter, index) => [parameter.name, { parameter, index }]));
  const beforeNames = new Set(before.map((parameter) => parameter.name));
  before.forEach((parameter, index) => {
    const match = afterByName.get(parameter.name);
    if (match) pairs.push({ before: parameter, after: match.parameter, beforeIndex: index, afterIndex: match.index });
  });
  before.forEach((parameter, index) => {
    const candidate = after[index];
    if (afterByName.has(parameter.name) || !candidate || beforeNames.has(candidate.name)) return;
    if (candidate.kind === parameter.kind) pairs.push({ before: parameter, after: candidate, beforeIndex: index, afterIndex: index });
  });
  return pairs.sort((a, b) => a.beforeIndex - b.beforeIndex);
}

function reordered(pairs: readonly Pair[]): SignatureEdit[] {
  const positional = pairs.filter((pair) => POSITIONAL.has(pair.before.kind) && POSITIONAL.has(pair.after.kind));
  const from = positional.map((pair) => pair.before.name);
  const to = [...positional].sort((a, b) => a.afterIndex - b.afterIndex).map((pair) => pair.before.name);
  if (from.every((name, index) => name === to[index])) return [];
  return [{ edit: "parameters-reordered", from, to, text: `parameters reordered from (${from.join(", ")}) to (${to.join(", ")})` }];
}

function pairEdits(pair: Pair): SignatureEdit[] {
  const { before, after } = pair;
  const name = after.name;
  const edits: SignatureEdit[] = [];
  if (before.name !== after.name) {
    edits.push({ edit: "parameter-renamed", from: before.name, to: after.name, position: pair.afterIndex, text: `parameter \`${before.name}\` renamed to \`${after.name}\`` });
  }
  if (before.default !== after.default) {
    const text =
      after.default === undefined
        ? `parameter \`${name}\` lost its default ${quoted(before.default)}${isRequired(after) ? " and is now required" : ""}`
        : before.default === undefined
          ? `parameter \`${name}\` got the default ${quoted(after.default)}`
          : `default of parameter \`${name}\` changed from ${quoted(before.default)} to ${quoted(after.default)}`;
    edits.push({ edit: "default-changed", parameter: name, from: before.default, to: after.default, text });
  }
  if (before.type !== after.type) {
    edits.push({ edit: "parameter-type-changed", parameter: name, from: before.type, to: after.type, text: `type of parameter \`${name}\` changed from ${quoted(before.type)} to ${quoted(after.type)}` });
  }
  if (before.kind !== after.kind) {
    edits.push({ edit: "parameter-kind-changed", parameter: name, from: before.kind, to: after.kind, text: `parameter \`${name}\` changed from ${before.kind} to ${after.kind}` });
  }
  if (before.optional !== after.optional) {
    edits.push({ edit: "optional-changed", parameter: name, from: before.optional, to: after.optional, text: `parameter \`${name}\` is now ${after.optional ? "optional" : "required"}` });
  }
  if (before.modifiers.join(" ") !== after.modifiers.join(" ")) {
    const from = before.modifiers.join(" ") || "no modifiers";
    const to = after.modifiers.join(" ") || "no modifiers";
    edits.push({ edit: "parameter-modifiers-changed", parameter: name, from: before.modifiers, to: after.modifiers, text: `parameter \`${name}\` changed from ${from} to ${to}` });
  }
  return edits;
}

function added(parameter: Parameter, position: number, list: readonly Parameter[]): SignatureEdit {
  const required = isRequired(parameter);
  const place = placeOf(position, list[position - 1]?.name);
  const how = parameter.default !== undefined ? ` with default \`${parameter.default}\`` : required ? " without a default (callers must pass it)" : "";
  const kind = parameter.kind === "keyword-only" ? "keyword-only " : parameter.kind === "rest" || parameter.kind === "keyword-rest" ? `${parameter.kind} ` : "";
  const text = `${kind}parameter \`${formatParameter(parameter)}\` added ${place}${how}`;
  return { edit: "parameter-added", parameter, position, required, text };
}

/**
 * The parameter edits between two parameter lists: each parameter is matched by name, or as a
 * rename when an unmatched one keeps its position and kind; what is left is added or removed.
 * Receivers are ignored (`@staticmethod` and the like show up as modifier edits).
 */
export function diffParameters(beforeAll: readonly Parameter[], afterAll: readonly Parameter[]): SignatureEdit[] {
  const before = beforeAll.filter((parameter) => parameter.kind !== "receiver");
  const after = afterAll.filter((parameter) => parameter.kind !== "receiver");
  const pairs = pairParameters(before, after);
  const pairedBefore = new Set(pairs.map((pair) => pair.before));
  const pairedAfter = new Set(pairs.map((pair) => pair.after));
  const edits: SignatureEdit[] = [];
  before.forEach((parameter, position) => {
    if (pairedBefore.has(parameter)) return;
    edits.push({ edit: "parameter-removed", parameter, position, text: `parameter \`${formatParameter(parameter)}\` removed (was at position ${position + 1})` });
  });
  after.forEach((parameter, position) => {
    if (!pairedAfter.has(parameter)) edits.push(added(parameter, position, after));
  });
  edits.push(...reordered(pairs));
  for (const pair of pairs) edits.push(...pairEdits(pair));
  return edits;
}
