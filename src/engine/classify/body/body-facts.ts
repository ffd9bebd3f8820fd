/**
 * What a body does that its callers could observe, read syntactically from one version of a
 * block. Texts are normalised (comments and layout dropped, locals written `_`), so two versions
 * that differ only by local names or formatting give the same facts.
 */
export interface BodyFacts {
  /** The whole body with locals numbered by first use: equal shapes mean a pure refactor. */
  shape: string;
  /** Returned and yielded expressions, each with the assignments of the locals it names. */
  returns: Observed[];
  /** `raise` / `throw` statements and expressions. */
  raises: Observed[];
  /** Awaited expressions. */
  awaits: Observed[];
  /** `param["key"]` reads with a literal key, as `param["key"]`. */
  keyReads: ParameterRead[];
  /** `param.attr` reads that are not calls, as `param.attr`. */
  attributeReads: ParameterRead[];
  /** Writes into arguments: `param.x = …`, `param[k] = …`, `del param[k]`, `param.append(…)`. */
  argumentWrites: string[];
  /** Fields of the receiver written or mutated (`self.count += 1`, `this.items.push(x)`, C# `_cache = …`). */
  fieldWrites: string[];
  /** Whether the body yields (a generator). */
  yields: boolean;
}

/**
 * A return, raise or await: `shape` is what versions are compared by (arguments left out, and
 * for returns and awaits the called names too); `text` is the source, for people.
 */
export interface Observed {
  shape: string;
  text: string;
}

/** A read of a key or attribute of a parameter. */
export interface ParameterRead {
  parameter: string;
  name: string;
}
