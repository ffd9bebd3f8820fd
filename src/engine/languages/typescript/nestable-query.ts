import { Query, type Language } from "web-tree-sitter";
import { NESTABLE_DECLARATION_TYPES } from "./declaration-site.js";

const cache = new WeakMap<Language, Query>();

/**
 * A query for every declaration node that is a block even inside a function body, compiled once
 * per grammar with the types that grammar has (JavaScript has no `function_signature`). Matching
 * runs inside the wasm runtime, several times faster than walking every node from JavaScript.
 */
export function nestableQuery(language: Language): Query {
  let query = cache.get(language);
  if (!query) {
    const types = [...NESTABLE_DECLARATION_TYPES].filter((type) => language.idForNodeType(type, true) !== null);
    query = new Query(language, `[${types.map((type) => `(${type})`).join(" ")}] @declaration`);
    cache.set(language, query);
  }
  return query;
}
