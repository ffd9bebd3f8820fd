import type { AccessPath } from "../facts.js";
import type { FoundEdge } from "./found-edge.js";
import type { MemberHit, RepoIndex } from "./repo-index.js";
import type { Binding, Value } from "./value.js";

/** Where a path is evaluated: a file, and the block whose locals and class are in scope. */
export interface EvalContext {
  file: string;
  blockId?: string;
}

export type Emit = (edge: FoundEdge) => void;

/**
 * The resolution operations, which call each other recursively (a name's value may need a type,
 * a type may need an import, an import may need a value). Each lives in its own module and
 * reaches the others through this object, built once by createResolver.
 */
export interface Resolver {
  index: RepoIndex;
  lookupGlobal(file: string, name: string, depth?: number): Binding | undefined;
  lookupExport(file: string, name: string, depth?: number): Binding | undefined;
  resolveType(file: string, typeName: string, as: "class" | "instance"): Value;
  lookupMember(classId: string, name: string): MemberHit | undefined;
  ownMember(classId: string, name: string): MemberHit | undefined;
  baseClasses(classId: string): string[];
  nestedClass(classId: string, name: string): string | undefined;
  evaluate(ctx: EvalContext, path: AccessPath, depth: number, emit: Emit): Value;
  nameOnlyCandidates(file: string, name: string): MemberHit[];
}
