import type { SyntaxNode } from "../../../parse/syntax-node.js";
import type { TypeName } from "../../../graph/facts.js";

/** Wrappers whose first argument is the type whose members are used (`Promise<Config>` → Config). */
const UNWRAP_FIRST: ReadonlySet<string> = new Set([
  "Promise", "PromiseLike", "Awaited", "Readonly", "Partial", "Required", "NonNullable", "Pick", "Omit",
]);

/** Containers and utility types: their values have none of the argument's members. */
const NO_TYPE: ReadonlySet<string> = new Set([
  "Array", "ReadonlyArray", "Map", "ReadonlyMap", "Set", "ReadonlySet", "WeakMap", "WeakSet", "Record",
  "Iterable", "Iterator", "IterableIterator", "AsyncIterable", "AsyncIterator", "AsyncIterableIterator",
  "Generator", "AsyncGenerator", "Exclude", "Extract", "ReturnType", "Parameters", "InstanceType", "Function",
]);

/** Containers whose element type is their first argument (`for (const x of xs)` with `xs: Set<X>`). */
const ELEMENT_FIRST: ReadonlySet<string> = new Set([
  "Array", "ReadonlyArray", "Set", "ReadonlySet", "Iterable", "Iterator", "IterableIterator", "AsyncIterable",
  "AsyncIterator", "AsyncIterableIterator", "Generator", "AsyncGenerator",
]);

/** Wrappers around one type: `: T`, `(T)`. */
const WRAPPERS: ReadonlySet<string> = new Set(["type_annotation", "opting_type_annotation", "omitting_type_annotation", "parenthesized_type"]);

const NOTHING: ReadonlySet<string> = new Set(["null", "undefined", "void", "never"]);

function inner(node: SyntaxNode): SyntaxNode | undefined {
  return node.namedChildren.find((child): child is SyntaxNode => child !== null && child.type !== "comment");
}

/** The members of a union, nested unions flattened, without `null`, `undefined` and `void`. */
function unionMembers(node: SyntaxNode): SyntaxNode[] {
  const members: SyntaxNode[] = [];
  const pending = [node];
  for (let current = pending.pop(); current; current = pending.pop()) {
    if (current.type === "union_type") {
      for (const child of current.namedChildren) if (child) pending.push(child);
    } else if (!NOTHING.has(current.text.trim())) {
      members.push(current);
    }
  }
  return members;
}

function typeArguments(node: SyntaxNode): SyntaxNode[] {
  const list = node.childForFieldName("type_arguments");
  return list?.namedChildren.filter((child): child is SyntaxNode => child !== null && child.type !== "comment") ?? [];
}

function lastName(dotted: string): string {
  return dotted.slice(dotted.lastIndexOf(".") + 1);
}

function dotted(node: SyntaxNode): string {
  return node.text.replace(/\s+/g, "");
}

/**
 * The class a type is about, as a dotted name: `Config`, `ns.Config`; `Promise<X>`, `X | undefined`,
 * `Readonly<X>` give X; a user generic `Repo<User>` gives `Repo`; arrays, containers, primitives,
 * object literal types and unions of several classes give undefined.
 */
export function reduceType(node: SyntaxNode | null | undefined, depth = 0): TypeName | undefined {
  if (!node || depth > 8) return undefined;
  if (WRAPPERS.has(node.type)) return reduceType(inner(node), depth + 1);
  switch (node.type) {
    case "type_identifier":
    case "identifier":
    case "nested_type_identifier":
    case "nested_identifier":
      return dotted(node);
    case "generic_type": {
      const name = node.childForFieldName("name");
      if (!name) return undefined;
      const short = lastName(dotted(name));
      if (UNWRAP_FIRST.has(short)) return reduceType(typeArguments(node)[0], depth + 1);
      return NO_TYPE.has(short) ? undefined : reduceType(name, depth + 1);
    }
    case "union_type": {
      const members = unionMembers(node);
      return members.length === 1 ? reduceType(members[0], depth + 1) : undefined;
    }
    default:
      return undefined;
  }
}

/** The element type of an iterable type (`X[]`, `Array<X>`, `readonly X[]`, `Set<X> | undefined`), for loop targets. */
export function elementType(node: SyntaxNode | null | undefined, depth = 0): TypeName | undefined {
  if (!node || depth > 8) return undefined;
  if (WRAPPERS.has(node.type) || node.type === "readonly_type") return elementType(inner(node), depth + 1);
  switch (node.type) {
    case "array_type":
      return reduceType(inner(node), depth + 1);
    case "generic_type": {
      const name = node.childForFieldName("name");
      return name && ELEMENT_FIRST.has(lastName(dotted(name))) ? reduceType(typeArguments(node)[0], depth + 1) : undefined;
    }
    case "union_type": {
      const members = unionMembers(node);
      return members.length === 1 ? elementType(members[0], depth + 1) : undefined;
    }
    default:
      return undefined;
  }
}

/** A base class or interface as written (`Base`, `ns.Base`, `Base<T>` → Base); undefined for computed bases (`mixin(B)`). */
export function baseName(node: SyntaxNode | null | undefined): TypeName | undefined {
  if (!node) return undefined;
  if (node.type === "generic_type") return baseName(node.childForFieldName("name"));
  const simple = ["type_identifier", "identifier", "nested_type_identifier", "nested_identifier", "member_expression"];
  if (!simple.includes(node.type)) return undefined;
  const name = dotted(node);
  return /^[\p{L}\p{Nl}$_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}$.]*$/u.test(name) ? name : undefined;
}

const BUILTIN_KINDS: Readonly<Record<string, string>> = {
  array_type: "Array",
  tuple_type: "Array",
  readonly_type: "Array",
  function_type: "Function",
  constructor_type: "Function",
  template_literal_type: "String",
  literal_type: "Object",
};

/** The runtime global a type that names no class stands for (`string[]` → Array), so its members are nobody's in the repository. */
function builtinName(node: SyntaxNode | null | undefined, depth: number): string | undefined {
  if (!node || depth > 8) return undefined;
  if (WRAPPERS.has(node.type)) return builtinName(inner(node), depth + 1);
  if (node.type === "predefined_type") return node.text === "any" ? undefined : node.text;
  if (node.type === "generic_type") {
    const name = node.childForFieldName("name");
    const short = name ? lastName(dotted(name)) : "";
    return NO_TYPE.has(short) ? short : undefined;
  }
  if (node.type === "union_type") {
    const names = unionMembers(node).map((member) => builtinName(member, depth + 1));
    return names.length > 0 && names.every((name) => name !== undefined) ? names[0] : undefined;
  }
  return BUILTIN_KINDS[node.type];
}

/**
 * The type a declaration states, for typing a name: the class it is about (reduceType), or for a
 * type that names no class (`string`, `number[]`, `Record<K, V>`, `() => void`) the runtime global
 * it stands for, which resolves outside the repository, so its members are never guessed by name.
 * Undefined for `any`, object literal types and unions of several classes.
 */
export function declaredType(node: SyntaxNode | null | undefined): TypeName | undefined {
  return reduceType(node) ?? builtinName(node, 0);
}
