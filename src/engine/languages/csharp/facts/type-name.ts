import type { SyntaxNode } from "../../../parse/syntax-node.js";
import type { TypeName } from "../../../graph/facts.js";

/** Generic wrappers whose members are those of their argument, for resolution: `Task<Order>` is an `Order`. */
const WRAPPERS: ReadonlySet<string> = new Set(["Task", "ValueTask", "Nullable"]);

/** Framework sequences of one element type: `List<Order>` has no class of its own, its elements are `Order`s. */
const SEQUENCES: ReadonlySet<string> = new Set([
  "List", "IList", "IEnumerable", "ICollection", "IReadOnlyList", "IReadOnlyCollection", "HashSet", "ISet",
  "IReadOnlySet", "SortedSet", "Queue", "Stack", "LinkedList", "Collection", "ReadOnlyCollection",
  "ObservableCollection", "ImmutableList", "ImmutableArray", "ImmutableHashSet", "IImmutableList", "IAsyncEnumerable",
  "IEnumerator", "ConcurrentBag", "ConcurrentQueue", "ConcurrentStack", "BlockingCollection", "Span", "ReadOnlySpan",
  "Memory", "ReadOnlyMemory", "IQueryable", "IOrderedEnumerable", "IOrderedQueryable",
]);

/** Other framework generics that say nothing about the members used (dictionaries, delegates, tuples). */
const OPAQUE: ReadonlySet<string> = new Set([
  "Dictionary", "IDictionary", "IReadOnlyDictionary", "SortedDictionary", "SortedList", "ConcurrentDictionary",
  "ImmutableDictionary", "ILookup", "IGrouping", "KeyValuePair", "Tuple", "ValueTuple", "Func", "Action",
  "Expression", "Predicate", "Comparison", "EventHandler", "IComparer", "IEqualityComparer",
]);

/** True for framework generic names that type references need not mention (they never resolve in a repository). */
export function isFrameworkGeneric(name: string): boolean {
  return WRAPPERS.has(name) || SEQUENCES.has(name) || OPAQUE.has(name);
}

function typeArguments(node: SyntaxNode): SyntaxNode[] {
  const list = node.namedChildren.find((child) => child?.type === "type_argument_list");
  return list ? list.namedChildren.filter((child): child is SyntaxNode => child !== null) : [];
}

/** The simple name of an identifier or generic_name (`Repository` for `Repository<Order>`). */
export function simpleName(node: SyntaxNode): string | undefined {
  if (node.type === "identifier") return node.text;
  if (node.type === "generic_name") return node.namedChildren.find((child) => child?.type === "identifier")?.text;
  if (node.type === "alias_qualified_name") {
    const name = node.childForFieldName("name");
    return name ? simpleName(name) : undefined;
  }
  return undefined;
}

/**
 * The parts of a (possibly qualified, possibly generic) name without generic arguments:
 * `Shop.Data.Repository<Order>` → [Shop, Data, Repository]; `global::` is dropped. Undefined for
 * anything that is not a name (predefined types, arrays, tuples).
 */
export function nameParts(node: SyntaxNode): string[] | undefined {
  if (node.type === "qualified_name") {
    const qualifier = node.childForFieldName("qualifier");
    const name = node.childForFieldName("name");
    const head = qualifier ? nameParts(qualifier) : undefined;
    const last = name ? simpleName(name) : undefined;
    return head && last ? [...head, last] : undefined;
  }
  const name = simpleName(node);
  return name ? [name] : undefined;
}

/** The innermost name node of a qualified name (where its generic arguments are). */
function lastName(node: SyntaxNode): SyntaxNode {
  if (node.type === "qualified_name") return node.childForFieldName("name") ?? node;
  if (node.type === "alias_qualified_name") return node.childForFieldName("name") ?? node;
  return node;
}

/**
 * A type as resolution needs it: generic arguments stripped (`ILogger<OrderService>` → `ILogger`,
 * `List<Order>` → `List`, which names no class of the repository, so the resolver treats values
 * of it as external and never guesses at their members), wrappers unwrapped (`Task<Order>`,
 * `Order?` → `Order`); predefined types, arrays and tuples → undefined.
 */
export function typeName(node: SyntaxNode | null | undefined): TypeName | undefined {
  if (!node) return undefined;
  switch (node.type) {
    case "nullable_type":
    case "ref_type":
    case "scoped_type":
      return typeName(node.childForFieldName("type"));
    case "identifier":
      return node.text === "dynamic" ? undefined : node.text;
    case "generic_name":
    case "qualified_name":
    case "alias_qualified_name": {
      const parts = nameParts(node);
      const last = parts?.[parts.length - 1];
      if (!parts || !last) return undefined;
      if (lastName(node).type === "generic_name" && WRAPPERS.has(last)) return typeName(typeArguments(lastName(node))[0]);
      return parts.join(".");
    }
    default:
      return undefined;
  }
}

/** The element type of a sequence type (`List<Order>`, `IEnumerable<Order>`, `Order[]`), for `foreach`. */
export function elementTypeName(node: SyntaxNode | null | undefined): TypeName | undefined {
  if (!node) return undefined;
  if (node.type === "array_type") return typeName(node.childForFieldName("type"));
  if (node.type === "nullable_type") return elementTypeName(node.childForFieldName("type"));
  const name = lastName(node);
  if (name.type !== "generic_name") return undefined;
  const args = typeArguments(name);
  const head = simpleName(name);
  return head && SEQUENCES.has(head) && args.length === 1 ? typeName(args[0]) : undefined;
}
