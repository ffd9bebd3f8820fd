import type { Block } from "../../model/block.js";
import type { AccessPath, LocalFact, Segment } from "../facts.js";
import { csharpScopeMember, extensionMethods } from "./csharp-scope.js";
import { UNBOUND } from "./lookup-global.js";
import { inheritsFromOutside } from "./lookup-member.js";
import type { MemberHit, RepoIndex } from "./repo-index.js";
import type { Emit, EvalContext, Resolver } from "./resolver.js";
import { EXTERNAL, UNKNOWN, type Value } from "./value.js";
import { valueOfBlock } from "./value-of-block.js";

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

/** A function defined inside a function (C# local function, Python nested def or class), by name. */
function nestedFunction(index: RepoIndex, blockId: string, name: string): Block | undefined {
  const block = index.blocks.get(blockId);
  if (!block || block.kind === "module") return undefined;
  const nested = index.blocks.get(`${block.file}::${block.symbol}.${name}`);
  return nested && nested.kind !== "method" && nested.kind !== "constructor" ? nested : undefined;
}

function lookupLocal(r: Resolver, ctx: EvalContext, name: string, depth: number): Value | undefined {
  const { index } = r;
  for (let id = ctx.blockId; id; id = index.blocks.get(id)?.parentId) {
    // a class's own locals (C# accessor bodies) and `<module>`'s (names bound in TS callbacks such as
    // `test("…", () => { const x = … })`) are seen from their own text only, not from nested blocks
    if ((index.classes.has(id) || index.blocks.get(id)?.kind === "module") && id !== ctx.blockId) continue;
    const locals = index.blockFacts.get(id)?.locals.filter((local) => local.name === name) ?? [];
    if (locals.length === 0) {
      const nested = index.classes.has(id) ? undefined : nestedFunction(index, id, name);
      if (nested) return valueOfBlock(nested);
      continue;
    }
    return localValue(r, id, locals, depth);
  }
  return undefined;
}

/**
 * The value of a block's local (the first of its bindings that says something), memoised: a
 * local is read many times, and `x = x.next` must not re-evaluate itself (while in progress it is unknown).
 */
function localValue(r: Resolver, blockId: string, locals: readonly LocalFact[], depth: number): Value {
  const { index } = r;
  const key = `${blockId}\u0000${locals[0]?.name ?? ""}`;
  const memo = index.memo.locals.get(key);
  if (memo) return memo;
  index.memo.locals.set(key, UNKNOWN);
  let value = UNKNOWN;
  for (const local of locals) {
    const classId = local.receiver ? enclosingClass(index, blockId) : undefined;
    if (classId) {
      value = local.receiver === "this" ? { kind: "instance", classId } : { kind: "class", classId };
      break;
    }
    const file = index.blocks.get(blockId)?.file ?? "";
    value = local.type
      ? r.resolveType(file, local.type, "instance")
      : local.value
        ? r.evaluate({ file, blockId }, local.value, depth + 1, ignore)
        : UNKNOWN;
    if (value.kind !== "unknown") break;
  }
  index.memo.locals.set(key, value);
  return value;
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
    if (!base) return EXTERNAL;
    if (segment.call) return callConstructor(r, base, emit);
    return { kind: "instance", classId: base };
  }
  const local = lookupLocal(r, ctx, segment.name, depth);
  if (local) return local;
  if (index.files.get(ctx.file)?.language === "csharp") {
    const hit = csharpScopeMember(r, ctx.file, classId, segment.name);
    if (hit) return memberValue(r, hit, depth, emit);
  }
  const binding = r.lookupGlobal(ctx.file, segment.name);
  if (!binding) return UNBOUND;
  if (binding.viaImport) {
    const moduleId = index.files.get(ctx.file)?.blocks.find((block) => block.kind === "module")?.id;
    if (moduleId) emit({ to: moduleId, relation: "Imports", confidence: "resolved", member: segment.name });
  }
  if (binding.global) {
    const definingModule = index.files.get(binding.global.file)?.blocks.find((block) => block.kind === "module")?.id;
    if (definingModule) emit({ to: definingModule, relation: "Uses", confidence: "resolved", member: binding.global.name });
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
    case "module": {
      const exported = r.lookupExport(value.file, segment.name)?.value;
      if (exported) return exported;
      // CommonJS `module.exports = Foo` seen through `const Foo = require(…)`: Foo's static members.
      const fallback = defaultExport(r, value.file);
      return fallback ? member(r, ctx, fallback, segment, depth, emit) : UNKNOWN;
    }
    case "namespace": {
      const type = r.resolveType(ctx.file, `${value.name}.${segment.name}`, "class");
      return type.kind === "class" ? type : { kind: "namespace", name: `${value.name}.${segment.name}` };
    }
    case "class":
    case "instance": {
      const nested = value.kind === "class" ? r.nestedClass(value.classId, segment.name) : undefined;
      if (nested) return { kind: "class", classId: nested };
      const hit = r.lookupMember(value.classId, segment.name);
      // A constructor called by name (Python `super().__init__(…)`, `Base.__init__(self)`) is a call of it.
      if (hit?.member.kind === "constructor") return segment.call && hit.member.blockId ? { kind: "function", blockId: hit.member.blockId } : UNKNOWN;
      if (hit) return memberValue(r, hit, depth, emit);
      if (value.kind === "instance" && segment.call) {
        for (const to of extensionMethods(r, ctx.file, segment.name)) emit({ to, relation: "Calls", confidence: "name-only" });
      }
      return inheritsFromOutside(r, value.classId) ? EXTERNAL : UNKNOWN;
    }
    case "function":
      return UNKNOWN;
    case "external":
      return EXTERNAL;
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

/** The class or function a module exports as `default`, for a module value that is called or `new`ed. */
function defaultExport(r: Resolver, file: string): Value | undefined {
  const value = r.lookupExport(file, "default")?.value;
  return value && value.kind !== "module" && value.kind !== "unknown" ? value : undefined;
}

function apply(r: Resolver, value: Value, segment: Segment, emit: Emit): Value {
  if (!segment.call && !segment.new) return value;
  if (value.kind === "module") {
    // CommonJS `const make = require("./make"); make()` where the file says `module.exports = function …`.
    const fallback = defaultExport(r, value.file);
    if (fallback) return apply(r, fallback, segment, emit);
  }
  if (value.kind === "class") {
    emit({ to: value.classId, relation: "Instantiates", confidence: "resolved" });
    return { kind: "instance", classId: value.classId };
  }
  if (value.kind === "function") {
    emit({ to: value.blockId, relation: "Calls", confidence: "resolved" });
    return returnsOf(r, value.blockId);
  }
  return value.kind === "external" ? EXTERNAL : UNKNOWN;
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
