import type { AccessPath, Segment } from "../facts.js";
import type { Confidence } from "../edge.js";
import type { StoredRelation } from "../relation.js";
import { lookupExport, lookupGlobal } from "./lookup-global.js";
import { baseClasses, lookupMember, nestedClass } from "./lookup-member.js";
import { nameOnlyCandidates } from "./name-only.js";
import type { MemberHit, RepoIndex } from "./repo-index.js";
import { resolveType } from "./resolve-type.js";
import { UNKNOWN, type Value } from "./value.js";

const MAX_DEPTH = 8;

/** An edge found while evaluating, before it gets its `from` block and line. */
export interface FoundEdge {
  to: string;
  relation: StoredRelation;
  confidence: Confidence;
  member?: string;
}

/** Where a path is evaluated: a file, and the block whose locals and class are in scope. */
export interface EvalContext {
  file: string;
  blockId?: string;
}

type Emit = (edge: FoundEdge) => void;
const ignore: Emit = () => undefined;

function enclosingClass(index: RepoIndex, blockId: string | undefined): string | undefined {
  for (let id = blockId; id; id = index.blocks.get(id)?.parentId) {
    if (index.classes.has(id)) return id;
  }
  return undefined;
}

function returnsOf(index: RepoIndex, blockId: string): Value {
  const returns = index.blockFacts.get(blockId)?.returns;
  const file = index.blocks.get(blockId)?.file;
  return returns && file ? resolveType(index, file, returns, "instance") : UNKNOWN;
}

function lookupLocal(index: RepoIndex, ctx: EvalContext, name: string, depth: number): Value | undefined {
  for (let id = ctx.blockId; id; id = index.blocks.get(id)?.parentId) {
    if (index.classes.has(id)) continue;
    const locals = index.blockFacts.get(id)?.locals.filter((local) => local.name === name) ?? [];
    if (locals.length === 0) continue;
    for (const local of locals) {
      if (local.receiver) {
        const classId = enclosingClass(index, id);
        if (classId) return local.receiver === "this" ? { kind: "instance", classId } : { kind: "class", classId };
      }
      const file = index.blocks.get(id)?.file ?? ctx.file;
      const value = local.type
        ? resolveType(index, file, local.type, "instance")
        : local.value
          ? evaluate(index, { file, blockId: id }, local.value, depth + 1, ignore)
          : UNKNOWN;
      if (value.kind !== "unknown") return value;
    }
    return UNKNOWN;
  }
  return undefined;
}

function memberValue(index: RepoIndex, hit: MemberHit, depth: number, emit: Emit): Value {
  const { member } = hit;
  if (member.kind === "method" && member.blockId) return { kind: "function", blockId: member.blockId };
  if (member.kind === "property" && member.blockId) {
    emit({ to: member.blockId, relation: "Calls", confidence: "resolved" });
    return returnsOf(index, member.blockId);
  }
  if (member.kind === "constructor") return UNKNOWN;
  emit({ to: hit.classId, relation: "Uses", confidence: "resolved", member: member.name });
  const file = index.blocks.get(hit.classId)?.file ?? "";
  if (member.type) return resolveType(index, file, member.type, "instance");
  if (member.value) return evaluate(index, { file, blockId: member.definedIn ?? hit.classId }, member.value, depth + 1, ignore);
  return UNKNOWN;
}

function head(index: RepoIndex, ctx: EvalContext, segment: Segment, depth: number, emit: Emit): Value {
  const classId = enclosingClass(index, ctx.blockId);
  if (segment.name === "this" && classId) {
    if (segment.call) return callConstructor(index, classId, emit);
    return { kind: "instance", classId };
  }
  if (segment.name === "cls" && classId) return { kind: "class", classId };
  if (segment.name === "super" && classId) {
    const base = baseClasses(index, classId)[0];
    if (!base) return UNKNOWN;
    if (segment.call) return callConstructor(index, base, emit);
    return { kind: "instance", classId: base };
  }
  const local = lookupLocal(index, ctx, segment.name, depth);
  if (local) return local;
  if (classId && index.files.get(ctx.file)?.language === "csharp") {
    const hit = lookupMember(index, classId, segment.name);
    if (hit) return memberValue(index, hit, depth, emit);
  }
  const binding = lookupGlobal(index, ctx.file, segment.name);
  if (!binding) return UNKNOWN;
  if (binding.viaImport) {
    const moduleId = index.files.get(ctx.file)?.blocks.find((block) => block.kind === "module")?.id;
    if (moduleId) emit({ to: moduleId, relation: "Imports", confidence: "resolved" });
  }
  return binding.value;
}

function callConstructor(index: RepoIndex, classId: string, emit: Emit): Value {
  const hit = lookupMember(index, classId, "__init__") ?? lookupConstructor(index, classId);
  if (hit?.member.blockId) emit({ to: hit.member.blockId, relation: "Calls", confidence: "resolved" });
  return UNKNOWN;
}

function lookupConstructor(index: RepoIndex, classId: string): MemberHit | undefined {
  const member = index.classes.get(classId)?.members.find((candidate) => candidate.kind === "constructor");
  return member ? { classId, member } : undefined;
}

function member(index: RepoIndex, ctx: EvalContext, value: Value, segment: Segment, depth: number, emit: Emit): Value {
  switch (value.kind) {
    case "module":
      return lookupExport(index, value.file, segment.name)?.value ?? UNKNOWN;
    case "namespace":
      return resolveType(index, ctx.file, `${value.name}.${segment.name}`, "class").kind === "class"
        ? resolveType(index, ctx.file, `${value.name}.${segment.name}`, "class")
        : { kind: "namespace", name: `${value.name}.${segment.name}` };
    case "class":
    case "instance": {
      const nested = value.kind === "class" ? nestedClass(index, value.classId, segment.name) : undefined;
      if (nested) return { kind: "class", classId: nested };
      const hit = lookupMember(index, value.classId, segment.name);
      return hit ? memberValue(index, hit, depth, emit) : UNKNOWN;
    }
    case "function":
      return UNKNOWN;
    case "unknown":
      for (const candidate of nameOnlyCandidates(index, ctx.file, segment.name)) {
        const { member: found } = candidate;
        if (found.blockId && (found.kind === "method" || found.kind === "property")) {
          if (segment.call || found.kind === "property") emit({ to: found.blockId, relation: "Calls", confidence: "name-only" });
        } else if (found.kind === "field" || found.kind === "property") {
          emit({ to: candidate.classId, relation: "Uses", confidence: "name-only", member: found.name });
        }
      }
      return UNKNOWN;
  }
}

function apply(index: RepoIndex, value: Value, segment: Segment, emit: Emit): Value {
  if (!segment.call && !segment.new) return value;
  if (value.kind === "class") {
    emit({ to: value.classId, relation: "Instantiates", confidence: "resolved" });
    return { kind: "instance", classId: value.classId };
  }
  if (value.kind === "function") {
    emit({ to: value.blockId, relation: "Calls", confidence: "resolved" });
    return returnsOf(index, value.blockId);
  }
  return UNKNOWN;
}

function evaluate(index: RepoIndex, ctx: EvalContext, path: AccessPath, depth: number, emit: Emit): Value {
  const [first, ...rest] = path;
  if (!first || depth > MAX_DEPTH) return UNKNOWN;
  let value = apply(index, head(index, ctx, first, depth, emit), first, emit);
  let last = first;
  for (const segment of rest) {
    value = apply(index, member(index, ctx, value, segment, depth, emit), segment, emit);
    last = segment;
  }
  if (value.kind === "function" && !last.call && !last.new) emit({ to: value.blockId, relation: "Uses", confidence: "resolved" });
  return value;
}

/** Evaluates an access path in a block (or at module level), reporting every edge it resolves. */
export function evaluatePath(index: RepoIndex, ctx: EvalContext, path: AccessPath, emit: Emit): Value {
  return evaluate(index, ctx, path, 0, emit);
}

/** The value of an access path, without edges (for inferring types of locals, fields and globals). */
export function evaluateValue(index: RepoIndex, ctx: EvalContext, path: AccessPath, depth = 0): Value {
  return evaluate(index, ctx, path, depth, ignore);
}
