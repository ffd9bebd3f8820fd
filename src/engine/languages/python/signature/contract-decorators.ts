import type { Node } from "web-tree-sitter";
import { collapse, namedChildrenOf } from "../../../classify/syntax/children.js";

/**
 * Decorators that change how a function is called or what it returns; others (`@lru_cache`,
 * `@app.route(...)`, `@pytest.fixture`) leave callers alone.
 */
const CONTRACT_DECORATORS = new Set([
  "staticmethod",
  "classmethod",
  "property",
  "cached_property",
  "setter",
  "getter",
  "deleter",
  "abstractmethod",
  "abstractproperty",
  "contextmanager",
  "asynccontextmanager",
  "overload",
  "override",
  "final",
  "singledispatch",
  "singledispatchmethod",
]);

/** `@decorator` texts (collapsed) of a definition wrapped in a decorated_definition. */
export function decoratorsOf(definition: Node): string[] {
  const wrapper = definition.parent?.type === "decorated_definition" ? definition.parent : undefined;
  if (!wrapper) return [];
  return namedChildrenOf(wrapper)
    .filter((child) => child.type === "decorator")
    .map((decorator) => collapse(decorator.text));
}

/** The decorator's name without module path and arguments: `@functools.cached_property` → `cached_property`. */
export function decoratorName(decorator: string): string {
  const callee = decorator.replace(/^@\s*/, "").split("(")[0] ?? "";
  return callee.split(".").pop()?.trim() ?? "";
}

/** The decorators of a function that change its contract, sorted. */
export function contractDecorators(definition: Node): string[] {
  return decoratorsOf(definition)
    .filter((decorator) => CONTRACT_DECORATORS.has(decoratorName(decorator)))
    .sort();
}
