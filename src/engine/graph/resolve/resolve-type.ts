import { UNBOUND } from "./lookup-global.js";
import type { Resolver } from "./resolver.js";
import { EXTERNAL, UNKNOWN, type Value } from "./value.js";

/** One step into a dotted type name. */
function step(r: Resolver, value: Value, name: string): Value {
  const { index } = r;
  if (value.kind === "external") return EXTERNAL;
  if (value.kind === "module") return r.lookupExport(value.file, name)?.value ?? UNKNOWN;
  if (value.kind === "class") {
    const nested = r.nestedClass(value.classId, name);
    return nested ? { kind: "class", classId: nested } : UNKNOWN;
  }
  if (value.kind === "namespace") {
    const qualified = `${value.name}.${name}`;
    const ids = index.namespaces.get(value.name)?.get(name);
    if (ids?.[0]) return { kind: "class", classId: ids[0] };
    return index.namespaces.has(qualified) || [...index.namespaces.keys()].some((ns) => ns.startsWith(`${qualified}.`))
      ? { kind: "namespace", name: qualified }
      : UNKNOWN;
  }
  return UNKNOWN;
}

/**
 * The class a type name written in `file` refers to, as the class itself or as an instance of it.
 * External for types imported from outside the repository, unknown for builtin and unresolved ones.
 */
export function resolveType(r: Resolver, file: string, typeName: string, as: "class" | "instance"): Value {
  const { index } = r;
  let value = index.memo.types.get(file, typeName);
  if (!value) {
    const [head, ...rest] = typeName.split(".");
    value = r.lookupGlobal(file, head ?? "")?.value ?? UNBOUND;
    for (const name of rest) value = step(r, value, name);
    index.memo.types.set(file, typeName, value);
  }
  if (value.kind === "external") return EXTERNAL;
  if (value.kind !== "class") return UNKNOWN;
  return as === "class" ? value : { kind: "instance", classId: value.classId };
}
