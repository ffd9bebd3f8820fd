import type { TypeName } from "../../../graph/facts.js";

/** Wrappers whose first argument is the type whose members are used. */
const UNWRAP_FIRST = new Set(["Optional", "Annotated", "ClassVar", "Final", "Required", "NotRequired", "ReadOnly", "Awaitable"]);

/** Containers and callables: their instances have none of the argument's members. */
const NO_TYPE = new Set([
  "list", "List", "dict", "Dict", "set", "Set", "frozenset", "FrozenSet", "tuple", "Tuple", "type", "Type",
  "Sequence", "MutableSequence", "Iterable", "Iterator", "Mapping", "MutableMapping", "Collection", "Callable",
  "Generator", "AsyncGenerator", "AsyncIterator", "AsyncIterable", "deque", "Deque", "DefaultDict", "defaultdict",
  "OrderedDict", "Counter", "ChainMap", "Literal", "TypeGuard", "TypeIs", "Unpack",
]);

/** Containers whose element type is their first argument (`for x in xs` with `xs: list[X]`). */
const ELEMENT_FIRST = new Set([
  "list", "List", "set", "Set", "frozenset", "FrozenSet", "Sequence", "MutableSequence", "Iterable", "Iterator",
  "Collection", "deque", "Deque", "AsyncIterator", "AsyncIterable", "Generator", "AsyncGenerator",
]);

const DOTTED = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** Splits at top-level occurrences of `separator` (outside brackets). */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "[" || char === "(") depth++;
    else if (char === "]" || char === ")") depth--;
    else if (char === separator && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

function unquote(text: string): string {
  let current = text.trim();
  while (current.length >= 2 && (current[0] === '"' || current[0] === "'") && current.endsWith(current[0])) {
    current = current.slice(1, -1).trim();
  }
  return current;
}

/** `Name[args]` split into the last segment of the name, and the top-level arguments. */
function generic(text: string): { head: string; name: string; args: string[] } | undefined {
  const open = text.indexOf("[");
  if (open <= 0 || !text.endsWith("]")) return undefined;
  const head = text.slice(0, open).trim();
  if (!DOTTED.test(head)) return undefined;
  return { head, name: head.slice(head.lastIndexOf(".") + 1), args: splitTopLevel(text.slice(open + 1, -1), ",") };
}

function withoutNone(parts: string[]): string[] {
  return parts.filter((part) => unquote(part) !== "None");
}

/**
 * The class an annotation is about, as a dotted name: `Optional[X]`, `X | None`, `"X"`,
 * `Annotated[X, …]` give `X`; a user generic `Repo[User]` gives `Repo`; containers (`List[X]`) and
 * unions of several classes give undefined.
 */
export function reduceTypeName(annotation: string, depth = 0): TypeName | undefined {
  if (depth > 8) return undefined;
  const text = unquote(annotation.replace(/\s+/g, " "));
  const union = withoutNone(splitTopLevel(text, "|"));
  if (union.length !== 1) return undefined;
  const single = union[0] ?? "";
  if (single !== text) return reduceTypeName(single, depth + 1);
  const parts = generic(text);
  if (parts) {
    if (parts.name === "Union") {
      const members = withoutNone(parts.args);
      return members.length === 1 ? reduceTypeName(members[0] ?? "", depth + 1) : undefined;
    }
    if (UNWRAP_FIRST.has(parts.name)) return reduceTypeName(parts.args[0] ?? "", depth + 1);
    if (parts.name === "Coroutine") return reduceTypeName(parts.args[2] ?? "", depth + 1);
    return NO_TYPE.has(parts.name) ? undefined : parts.head.replace(/\s/g, "");
  }
  const dotted = text.replace(/\s*\.\s*/g, ".");
  return DOTTED.test(dotted) && dotted !== "None" ? dotted : undefined;
}

/** The element type of an iterable annotation (`list[X]`, `Iterable[X]`, `Optional[list[X]]`), for loop targets. */
export function elementTypeName(annotation: string, depth = 0): TypeName | undefined {
  if (depth > 8) return undefined;
  const text = unquote(annotation.replace(/\s+/g, " "));
  const union = withoutNone(splitTopLevel(text, "|"));
  if (union.length !== 1) return undefined;
  const parts = generic(union[0] ?? "");
  if (!parts) return undefined;
  if (parts.name === "Optional") return elementTypeName(parts.args[0] ?? "", depth + 1);
  if (parts.name === "tuple" || parts.name === "Tuple") {
    return parts.args.length === 2 && parts.args[1] === "..." ? reduceTypeName(parts.args[0] ?? "", depth + 1) : undefined;
  }
  return ELEMENT_FIRST.has(parts.name) ? reduceTypeName(parts.args[0] ?? "", depth + 1) : undefined;
}
