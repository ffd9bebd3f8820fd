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
function nestedFunction(index: RepoIndex, block: Block, name: string): Block | undefined {
  if (block.kind === "module") return undefined;
  const nested = nestedBlocks(index, block).get(name);
  return nested && nested.kind !== "method" && nested.kind !== "constructor" ? nested : undefined;
}

/** The blocks `file::symbol.name` directly inside a block, by name (memoised per file). */
function nestedBlocks(index: RepoIndex, block: Block): ReadonlyMap<string, Block> {
  const memo = index.memo.nestedBlocks.get(block.id);
  if (memo) return memo;
  const file = index.files.get(block.file);
  for (const candidate of file?.blocks ?? []) index.memo.nestedBlocks.set(candidate.id, NO_BLOCKS);
  for (const candidate of file?.blocks ?? []) {
    const parent = candidate.parentId === undefined ? undefined : index.blocks.get(candidate.parentId);
    if (!parent || candidate.symbol !== `${parent.symbol}.${candidate.name}`) continue;
    let nested = index.memo.nestedBlocks.get(parent.id);
    if (!nested || nested === NO_BLOCKS) {
      nested = new Map();
      index.memo.nestedBlocks.set(parent.id, nested);
    }
    (nested as Map<string, Block>).set(candidate.name, candidate);
  }
  return index.memo.nestedBlocks.get(block.id) ?? NO_BLOCKS;
}

const NO_BLOCKS: ReadonlyMap<string, Block> = new Map();
const NO_LOCALS: ReadonlyMap<string, readonly LocalFact[]> = new Map();

/** A block's locals grouped by name, in binding order (memoised). */
function localsByName(index: RepoIndex, blockId: string): ReadonlyMap<string, readonly LocalFact[]> {
  const memo = index.memo.localsByName.get(blockId);
  if (memo) return memo;
  const locals = index.blockFacts.get(blockId)?.locals ?? [];
  if (locals.length === 0) {
    index.memo.localsByName.set(blockId, NO_LOCALS);
    return NO_LOCALS;
  }
  const byName = new Map<string, LocalFact[]>();
  for (const local of locals) {
    const named = byName.get(local.name);
    if (named) named.push(local);
    else byName.set(local.name, [local]);
  }
  index.memo.localsByName.set(blockId, byName);
  return byName;
}

function lookupLocal(r: Resolver, ctx: EvalContext, name: string, depth: number): Value | undefined {
  const { index } = r;
  for (let block = ctx.blockId === undefined ? undefined : index.blocks.get(ctx.blockId); block; block = block.parentId === undefined ? undefined : index.blocks.get(block.parentId)) {
    const isClass = index.classes.has(block.id);
    // a class's own locals (C# accessor bodies) and `<module>`'s (names bound in TS callbacks such as
    // `test("…", () => { const x = … })`) are seen from their own text only, not from nested blocks
    if ((isClass || block.kind === "module") && block.id !== ctx.blockId) continue;
    const locals = localsByName(index, block.id).get(name);
    if (!locals) {
      const nested = isClass ? undefined : nestedFunction(index, block, name);
      if (nested) return valueOfBlock(nested);
      continue;
    }
    return localValue(r, block.id, locals, depth);
  }
  return undefined;
}

/**
 * The value of a block's local (the first of its bindings that says something), memoised: a
 * local is read many times, and `x = x.next` must not re-evaluate itself (while in progress it is unknown).
 */
function localValue(r: Resolver, blockId: string, locals: readonly LocalFact[], depth: number): Value {
  const { index } = r;
  const name = locals[0]?.name ?? "";
  const memo = index.memo.locals.get(blockId, name);
  if (memo) return memo;
  index.memo.locals.set(blockId, name, UNKNOWN);
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
  index.memo.locals.set(blockId, name, value);
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

/** The `<module>` block of a file (memoised: a file without module-level text has none, and finding that out reads every block). */
function moduleBlockId(index: RepoIndex, file: string): string | undefined {
  const memo = index.memo.moduleBlocks.get(file);
  if (memo !== undefined) return memo ?? undefined;
  const id = index.files.get(file)?.blocks.find((block) => block.kind === "module")?.id;
  index.memo.moduleBlocks.set(file, id ?? null);
  return id;
}

const RECEIVERS: ReadonlySet<string> = new Set(["this", "cls", "super"]);

function head(r: Resolver, ctx: EvalContext, segment: Segment, depth: number, emit: Emit): Value {
  const { index } = r;
  const isCSharp = index.files.get(ctx.file)?.language === "csharp";
  // only a receiver and a C# name need the enclosing class
  const classId = RECEIVERS.has(segment.name) || isCSharp ? enclosingClass(index, ctx.blockId) : undefined;
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
  if (isCSharp) {
    const hit = csharpScopeMember(r, ctx.file, classId, segment.name);
    if (hit) return memberValue(r, hit, depth, emit);
  }
  const binding = r.lookupGlobal(ctx.file, segment.name);
  if (!binding) return UNBOUND;
  if (binding.viaImport) {
    const moduleId = moduleBlockId(index, ctx.file);
    if (moduleId) emit({ to: moduleId, relation: "Imports", confidence: "resolved", member: segment.name });
  }
  if (binding.global) {
    const definingModule = moduleBlockId(index, binding.global.file);
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
  const first = path[0];
  if (!first || depth > MAX_DEPTH) return UNKNOWN;
  let value = apply(r, head(r, ctx, first, depth, emit), first, emit);
  let last = first;
  for (let i = 1; i < path.length; i++) {
    const segment = path[i] as Segment;
    value = apply(r, member(r, ctx, value, segment, depth, emit), segment, emit);
    last = segment;
  }
  if (value.kind === "function" && !last.call && !last.new) emit({ to: value.blockId, relation: "Uses", confidence: "resolved" });
  return value;
}
