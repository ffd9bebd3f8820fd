import type { BodyFacts, Observed, ParameterRead } from "./body-facts.js";

/** What callers can observe of a body change (each list holds what is new in the after version). */
export interface Escapes {
  /** Returned or yielded values, or the assignments that shape them, changed (arguments and called names aside). */
  returnValue: boolean;
  /** `raise`/`throw` added or changed. */
  raises: string[];
  /** `raise`/`throw` no longer there: callers that catch or expect it see a difference. */
  raisesRemoved: string[];
  /** New literal keys read from an argument (`config["api_endpoint"]`): callers must provide them. */
  argumentKeys: ParameterRead[];
  /** New attributes read from an argument without a declared type (with one, the type checker vouches for them). */
  argumentAttributes: ParameterRead[];
  /** New writes into arguments (`p.x`, `p[]`, `items.append()`). */
  mutatesArguments: string[];
  /** Fields of the receiver newly written or mutated. */
  mutatesFields: string[];
  /** Newly awaited expressions. */
  newlyAwaited: string[];
}

/** The texts of `values` whose shapes occur more often than in `other` (a multiset difference). */
function newOnes(values: readonly Observed[], other: readonly Observed[]): string[] {
  const counts = new Map<string, number>();
  for (const value of other) counts.set(value.shape, (counts.get(value.shape) ?? 0) + 1);
  const texts: string[] = [];
  for (const value of values) {
    const count = counts.get(value.shape) ?? 0;
    if (count > 0) counts.set(value.shape, count - 1);
    else texts.push(value.text);
  }
  return [...new Set(texts)];
}

function onlyIn(values: readonly string[], other: readonly string[]): string[] {
  const known = new Set(other);
  return [...new Set(values.filter((value) => !known.has(value)))];
}

function newReads(after: readonly ParameterRead[], before: readonly ParameterRead[], beforeName: (name: string) => string): ParameterRead[] {
  const known = new Set(before.map((read) => `${read.parameter}\u0000${read.name}`));
  return after.filter((read) => !known.has(`${beforeName(read.parameter)}\u0000${read.name}`));
}

function sameShapes(a: readonly Observed[], b: readonly Observed[]): boolean {
  const left = a.map((value) => value.shape).sort();
  const right = b.map((value) => value.shape).sort();
  return left.length === right.length && left.every((value, index) => value === right[index]);
}

/**
 * Compares two versions of a body. `renamedParameters` maps after names to before names, so a
 * renamed parameter's old reads are not new; `untypedParameters` are the (after) parameters
 * without a declared type. Field writes are left out for constructors, whose job is to write
 * fields (their new fields are field changes of the class).
 */
export function compareBodies(params: {
  before: BodyFacts;
  after: BodyFacts;
  renamedParameters?: ReadonlyMap<string, string>;
  untypedParameters?: ReadonlySet<string>;
  constructor?: boolean;
}): Escapes {
  const { before, after } = params;
  const beforeName = (name: string) => params.renamedParameters?.get(name) ?? name;
  const renameWrite = (write: string) => write.replace(/^[^.[]+/, (name) => beforeName(name));
  const attributes = newReads(after.attributeReads, before.attributeReads, beforeName);
  return {
    returnValue: !sameShapes(before.returns, after.returns),
    raises: newOnes(after.raises, before.raises),
    raisesRemoved: newOnes(before.raises, after.raises),
    argumentKeys: newReads(after.keyReads, before.keyReads, beforeName),
    argumentAttributes: attributes.filter((read) => params.untypedParameters?.has(read.parameter) ?? true),
    mutatesArguments: onlyIn(after.argumentWrites.map(renameWrite), before.argumentWrites),
    mutatesFields: params.constructor ? [] : onlyIn(after.fieldWrites, before.fieldWrites),
    newlyAwaited: newOnes(after.awaits, before.awaits),
  };
}

/** Whether callers can observe the change at all. */
export function isEscaping(escapes: Escapes): boolean {
  return (
    escapes.returnValue ||
    escapes.raises.length + escapes.raisesRemoved.length + escapes.argumentKeys.length + escapes.argumentAttributes.length > 0 ||
    escapes.mutatesArguments.length + escapes.mutatesFields.length + escapes.newlyAwaited.length > 0
  );
}

/** Whether callers observe more than new keys or attributes read from their arguments (those go to whoever builds the arguments: the argument-contract rule). */
export function isEscapingBeyondArguments(escapes: Escapes): boolean {
  return isEscaping({ ...escapes, argumentKeys: [], argumentAttributes: [] });
}
