import type { Tree } from "web-tree-sitter";

/**
 * The functions of web-tree-sitter's wasm runtime that `readFlatTree` calls directly. They are
 * what web-tree-sitter's own TreeCursor calls, minus the JavaScript around each call: the cursor
 * lives in the runtime's transfer buffer, every `goto` reads it from there and writes it back, and
 * the getters read it. (Pinned: package.json requires web-tree-sitter 0.25.10 exactly.)
 */
export interface TreeBinding {
  _ts_init(): number;
  _ts_tree_root_node_wasm(tree: number): void;
  _ts_tree_cursor_new_wasm(tree: number): void;
  _ts_tree_cursor_delete_wasm(tree: number): void;
  _ts_tree_cursor_current_node_wasm(tree: number): void;
  _ts_tree_cursor_goto_first_child_wasm(tree: number): number;
  _ts_tree_cursor_goto_next_sibling_wasm(tree: number): number;
  _ts_tree_cursor_goto_parent_wasm(tree: number): number;
  _ts_tree_cursor_goto_descendant_wasm(tree: number, descendantIndex: number): void;
  _ts_tree_cursor_current_descendant_index_wasm(tree: number): number;
  _ts_tree_cursor_current_node_type_id_wasm(tree: number): number;
  _ts_tree_cursor_current_field_id_wasm(tree: number): number;
  _ts_tree_cursor_start_index_wasm(tree: number): number;
  _ts_tree_cursor_end_index_wasm(tree: number): number;
  _ts_tree_cursor_current_node_is_missing_wasm(tree: number): number;
  _ts_node_has_error_wasm(tree: number): number;
  /** Replaced when the runtime's memory grows: read it anew after any call. */
  HEAP32: Int32Array;
  /** HEAP32 index of the transfer buffer (added here; `_ts_init` writes into the buffer, so it is asked once). */
  transferBuffer: number;
}

const FUNCTIONS = [
  "_ts_init",
  "_ts_tree_root_node_wasm",
  "_ts_tree_cursor_new_wasm",
  "_ts_tree_cursor_delete_wasm",
  "_ts_tree_cursor_current_node_wasm",
  "_ts_tree_cursor_goto_first_child_wasm",
  "_ts_tree_cursor_goto_next_sibling_wasm",
  "_ts_tree_cursor_goto_parent_wasm",
  "_ts_tree_cursor_goto_descendant_wasm",
  "_ts_tree_cursor_current_descendant_index_wasm",
  "_ts_tree_cursor_current_node_type_id_wasm",
  "_ts_tree_cursor_current_field_id_wasm",
  "_ts_tree_cursor_start_index_wasm",
  "_ts_tree_cursor_end_index_wasm",
  "_ts_tree_cursor_current_node_is_missing_wasm",
  "_ts_node_has_error_wasm",
] as const;

/**
 * The object handed to `Parser.init`: emscripten makes it the runtime module, so after init it
 * holds the runtime's exports.
 */
export const runtimeModule: Record<string, unknown> = {};

let checked: TreeBinding | undefined;

/** The runtime's functions; throws when the runtime is not initialised or lacks one of them. */
export function treeBinding(): TreeBinding {
  if (checked) return checked;
  const missing = FUNCTIONS.filter((name) => typeof runtimeModule[name] !== "function");
  if (missing.length > 0) {
    throw new Error(`web-tree-sitter's runtime does not export ${missing.join(", ")}: codeplan needs web-tree-sitter 0.25.10 (npm ci installs it)`);
  }
  const binding = runtimeModule as unknown as TreeBinding;
  binding.transferBuffer = binding._ts_init() >> 2;
  checked = binding;
  return checked;
}

/** The address of a tree in the runtime's memory; throws once the tree is deleted. */
export function addressOf(tree: Tree): number {
  const address = (tree as unknown as { 0: number })[0];
  if (!address) throw new Error("the syntax tree was deleted while its nodes were still being read");
  return address;
}
