/**
 * Method names that change the object they are called on, across the standard collections of
 * Python (list, dict, set), JavaScript (Array, Map, Set) and .NET (List, Dictionary, HashSet,
 * Queue, Stack). A new `param.append(x)` or `this.items.push(x)` is a mutation callers can see.
 */
export const MUTATING_METHODS: ReadonlySet<string> = new Set([
  // Python
  "append", "extend", "insert", "pop", "popitem", "remove", "clear", "update", "setdefault", "add", "discard", "sort", "reverse",
  // JavaScript
  "push", "unshift", "shift", "splice", "fill", "copyWithin", "set", "delete",
  // .NET
  "Add", "AddRange", "Insert", "InsertRange", "Remove", "RemoveAt", "RemoveAll", "RemoveRange", "Clear", "Push", "Pop",
  "Enqueue", "Dequeue", "Sort", "Reverse", "TryAdd", "TryRemove",
]);
