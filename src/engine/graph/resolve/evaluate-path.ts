import type { AccessPath, Segment } from "../facts.js";
import type { MemberHit, RepoIndex } from "./repo-index.js";
import type { Emit, EvalContext, Resolver } from "./resolver.js";
import { UNKNOWN, type Value } from "./value.js";

const MAX_DEPTH = 8;
const ignore: Emit = () => undefined;

function enclosingClass(index: RepoIndex, blockId: string | undefined): string | undefined {
  for (let id = blockId; id; id = index.blocks.get(id)?.parentId) {
    if (index.classes.has(id)) return id;
  }
  return undefined;
}

function returnsOf(r: Resolver, blockId: string): Value {
  const { index } = r;
  const returns = index.blockFacts.get(blockId)?.returns;
  const file = index.blocks.get(blockId)?.file;
  return returns && file ? r.resolveType(file, returns, "instance") : UNKNOWN;
}

function lookupLocal(r: Resolver, ctx: EvalContext, name: string, depth: number): Value | undefined {
  const { index } = r;
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
        ? r.resolveType(file, local.type, "instance")
        : local.value
          ? r.evaluate({ file, blockId: id }, local.value, depth + 1, ignore)
          : UNKNOWN;
      if (value.kind !== "unknown") return value;
    }
    return UNKNOWN;
  }
  return undefined;
}

function memberValue(r: Resolver, hit: MemberHit, depth: number, emit: Emit): Value {
  const { index } = r;
  const { member } = hit;
  if (member.kind === "method" && member.blockId) return { kind: "function", blockId: member.blockId };
  if (member.kind === "property" && member.blockId) {
    emit({ to: member.blockId, relation: "Calls", confidence: "resolved" });
    return returnsOf(r, member.blockId);
  }
  if (member.kind === "constructor") return UNKNOWN;
  emit({ to: hit.classId, relation: "Uses", confidence: "resolved", member: member.name });
  const file = index.blocks.get(hit.classId)?.file ?? "";
  if (member.type) return r.resolveType(file, member.type, "instance");
  if (member.value) return r.evaluate({ file, blockId: member.definedIn ?? hit.classId }, member.value, depth + 1, ignore);
  return UNKNOWN;
}

function head(r: Resolver, ctx: EvalContext, segment: Segment, depth: number, emit: Emit): Value {
  const { index } = r;
  const classId = enclosingClass(index, ctx.blockId);
  if (segment.name === "this" && classId) {
    if (segment.call) return callConstructor(r, classId, emit);
    return { kind: "instance", classId };
  }
  if (segment.name === "cls" && classId) return { kind: "class", classId };
  if (segment.name === "super" && classId) {
    const base = r.baseClasses(classId)[0];
    if (!base) return UNKNOWN;
    if (segment.call) return callConstructor(r, base, emit);
    return { kind: "instance", classId: base };
  }
  const local = lookupLocal(r, ctx, segment.name, depth);
  if (local) return local;
  if (classId && index.files.get(ctx.file)?.language === "csharp") {
    const hit = r.lookupMember(classId, segment.name);
    if (hit) return memberValue(r, hit, depth, emit);
  }
  const binding = r.lookupGlobal(ctx.file, segment.name);
  if (!binding) return UNKNOWN;
  if (binding.viaImport) {
    const moduleId = index.files.get(ctx.file)?.blocks.find((block) => block.kind === "module")?.id;
    if (moduleId) emit({ to: moduleId, relation: "Imports", confidence: "resolved" });
  }
  return binding.value;
}

function callConstructor(r: Resolver, classId: string, emit: Emit): Value {
  const hit = r.lookupMember(classId, "__init__") ?? lookupConstructor(r.index, classId);
  if (hit?.member.blockId) emit({ to: hit.member.blockId, relation: "Calls", confidence: "resolved" });
  return UNKNOWN;
}

function lookupConstructor(index: RepoIndex, classId: string): MemberHit | undefined {
  const member = index.classes.get(classId)?.members.find((candidate) => candidate.kind === "constructor");
  return member ? { classId, member } : undefined;
}

function member(r: Resolver, ctx: EvalContext, value: Value, segment: Segment, depth: number, emit: Emit): Value {
  switch (value.kind) {
    case "module":
      return r.lookupExport(value.file, segment.name)?.value ?? UNKNOWN;
    case "namespace": {
      const type = r.resolveType(ctx.file, `${value.name}.${segment.name}`, "class");
      return type.kind === "class" ? type : { kind: "namespace", name: `${value.name}.${segment.name}` };
    }
    case "class":
    case "instance": {
      const nested = value.kind === "class" ? r.nestedClass(value.classId, segment.name) : undefined;
      if (nested) return { kind: "class", classId: nested };
      const hit = r.lookupMember(value.classId, segment.name);
      return hit ? memberValue(r, hit, depth, emit) : UNKNOWN;
    }
    case "function":
      return UNKNOWN;
    case "unknown":
      for (const candidate of r.nameOnlyCandidates(ctx.file, segment.name)) {
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

function apply(r: Resolver, value: Value, segment: Segment, emit: Emit): Value {
  if (!segment.call && !segment.new) return value;
  if (value.kind === "class") {
    emit({ to: value.classId, relation: "Instantiates", confidence: "resolved" });
    return { kind: "instance", classId: value.classId };
  }
  if (value.kind === "function") {
    emit({ to: value.blockId, relation: "Calls", confidence: "resolved" });
    return returnsOf(r, value.blockId);
  }
  return UNKNOWN;
}

/**
 * Evaluates an access path in a block (or at module level), reporting every edge it resolves
 * through `emit`: Calls, Instantiates, Uses, Imports.
 */
export function evaluatePath(r: Resolver, ctx: EvalContext, path: AccessPath, depth: number, emit: Emit): Value {
  const [first, ...rest] = path;
  if (!first || depth > MAX_DEPTH) return UNKNOWN;
  let value = apply(r, head(r, ctx, first, depth, emit), first, emit);
  let last = first;
  for (const segment of rest) {
    value = apply(r, member(r, ctx, value, segment, depth, emit), segment, emit);
    last = segment;
  }
  if (value.kind === "function" && !last.call && !last.new) emit({ to: value.blockId, relation: "Uses", confidence: "resolved" });
  return value;
}
