import type { Language, Tree } from "web-tree-sitter";
import { lineStartsOf, rowAt } from "./line-starts.js";
import { addressOf, treeBinding, type TreeBinding } from "./tree-binding.js";

/** tree-sitter's symbol for ERROR nodes (`ts_builtin_sym_error`, a uint16 -1). */
export const ERROR_TYPE = 0xffff;

export const NAMED = 1;
export const MISSING = 2;
export const HAS_ERROR = 4;
const CHILDREN_READ = 8;

/** How much of the tree is copied at once: all of it, or each node's children when first asked for. */
export type FlatReading = "whole" | "on-demand";

const namedTables = new WeakMap<Language, Uint8Array>();

function namedTable(language: Language): Uint8Array {
  let table = namedTables.get(language);
  if (!table) {
    table = new Uint8Array(ERROR_TYPE + 1);
    for (let type = 0; type < language.types.length; type++) table[type] = language.nodeTypeIsNamed(type) ? NAMED : 0;
    table[ERROR_TYPE] = NAMED;
    namedTables.set(language, table);
  }
  return table;
}

/**
 * A syntax tree copied out of the parser into arrays, one slot per visible node, indexed by the
 * node's place in pre-order (tree-sitter's descendant index; the root is 0). Reading a node is
 * then an array read instead of a call into the parser's wasm memory that builds a Node object.
 *
 * The copy is made with a tree-sitter cursor whose functions are called directly (tree-binding.ts):
 * about 0.2 µs per node. Read "whole" it is one pre-order walk. Read "on-demand" (a file whose
 * previous version lets the extractors skip most of it) only the root is copied at first and each
 * node's children when they are first asked for; the web-tree-sitter tree must then stay alive
 * until the reading is done.
 */
export class FlatTree {
  readonly count: number;
  readonly language: Language;
  /** Grammar symbol (ERROR_TYPE for errors); its name is `language.types[type]`. */
  readonly types: Uint16Array;
  /** UTF-16 offsets, as the source string indexes them. */
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  /** The grammar's field id under which the node is its parent's child (0: none). */
  readonly fields: Uint16Array;
  /** Parent's index (-1 for the root). */
  readonly parents: Int32Array;
  /** Next sibling's index (-1: none). A node's first child, if it has one, is the next index. */
  readonly nextSiblings: Int32Array;
  /** One past the index of the node's last descendant. */
  readonly subtreeEnds: Int32Array;
  /** 0-based row of the node's start. */
  readonly rows: Uint32Array;
  /** NAMED | MISSING | HAS_ERROR, and whether the node's children are copied yet. */
  readonly flags: Uint8Array;
  /** Offset where each row starts. */
  readonly lineStarts: Uint32Array;

  private readonly binding: TreeBinding;
  private readonly named: Uint8Array;
  private readonly withErrors: boolean;
  private row = 0;

  constructor(
    private readonly tree: Tree,
    text: string,
    reading: FlatReading,
  ) {
    this.binding = treeBinding();
    const root = tree.rootNode;
    this.count = root.descendantCount;
    this.withErrors = root.hasError;
    this.language = tree.language;
    this.named = namedTable(tree.language);
    this.lineStarts = lineStartsOf(text);
    this.types = new Uint16Array(this.count);
    this.starts = new Uint32Array(this.count);
    this.ends = new Uint32Array(this.count);
    this.fields = new Uint16Array(this.count);
    this.parents = new Int32Array(this.count);
    this.nextSiblings = new Int32Array(this.count);
    this.subtreeEnds = new Int32Array(this.count);
    this.rows = new Uint32Array(this.count);
    this.flags = new Uint8Array(this.count);
    this.withCursorAt(0, (address) => {
      this.record(address, 0, -1);
      this.subtreeEnds[0] = this.count;
      if (reading === "whole") this.copySubtree(address, 0);
    });
  }

  /** Copies the children of `index` if they are not copied yet. */
  readChildren(index: number): void {
    if ((this.flags[index] as number) & CHILDREN_READ) return;
    this.withCursorAt(index, (address) => {
      const binding = this.binding;
      this.flags[index] = (this.flags[index] as number) | CHILDREN_READ;
      if (!binding._ts_tree_cursor_goto_first_child_wasm(address)) return;
      let previous = index + 1;
      this.record(address, previous, index);
      while (binding._ts_tree_cursor_goto_next_sibling_wasm(address)) {
        const sibling = binding._ts_tree_cursor_current_descendant_index_wasm(address);
        this.record(address, sibling, index);
        this.nextSiblings[previous] = sibling;
        this.subtreeEnds[previous] = sibling;
        previous = sibling;
      }
      this.subtreeEnds[previous] = this.subtreeEnds[index] as number;
    });
  }

  /** Copies every descendant of `index` not copied yet. */
  readSubtree(index: number): void {
    const end = this.subtreeEnds[index] as number;
    for (let node = index; node < end; node++) {
      if ((this.flags[node] as number) & CHILDREN_READ) continue;
      this.withCursorAt(node, (address) => this.copySubtree(address, node));
      node = this.subtreeEnds[node] as number - 1;
    }
  }

  /** Runs `read` with a cursor on node `index` in the runtime's transfer buffer. */
  private withCursorAt(index: number, read: (address: number) => void): void {
    const address = addressOf(this.tree);
    this.binding._ts_tree_root_node_wasm(address);
    this.binding._ts_tree_cursor_new_wasm(address);
    try {
      if (index > 0) this.binding._ts_tree_cursor_goto_descendant_wasm(address, index);
      read(address);
    } finally {
      this.binding._ts_tree_cursor_delete_wasm(address);
    }
  }

  /** Copies the subtree below the cursor's node `top` (already recorded) in pre-order. */
  private copySubtree(address: number, top: number): void {
    const binding = this.binding;
    let current = top;
    let next = top + 1;
    for (;;) {
      this.flags[current] = (this.flags[current] as number) | CHILDREN_READ;
      if (binding._ts_tree_cursor_goto_first_child_wasm(address)) {
        this.record(address, next, current);
        current = next++;
        continue;
      }
      for (;;) {
        this.subtreeEnds[current] = next;
        if (current === top) return;
        if (binding._ts_tree_cursor_goto_next_sibling_wasm(address)) {
          this.record(address, next, this.parents[current] as number);
          this.nextSiblings[current] = next;
          current = next++;
          break;
        }
        binding._ts_tree_cursor_goto_parent_wasm(address);
        current = this.parents[current] as number;
      }
    }
  }

  /** Records the cursor's node at `index`. */
  private record(address: number, index: number, parent: number): void {
    const binding = this.binding;
    const type = binding._ts_tree_cursor_current_node_type_id_wasm(address);
    const start = binding._ts_tree_cursor_start_index_wasm(address);
    this.types[index] = type;
    this.starts[index] = start;
    this.ends[index] = binding._ts_tree_cursor_end_index_wasm(address);
    this.fields[index] = binding._ts_tree_cursor_current_field_id_wasm(address);
    this.parents[index] = parent;
    this.nextSiblings[index] = -1;
    this.rows[index] = this.rowOf(start);
    this.flags[index] = (this.named[type] as number) | (this.withErrors ? this.errorFlags(address) : 0);
  }

  /** The row of an offset: walks on from the last row asked for (pre-order starts ascend), else searches. */
  private rowOf(offset: number): number {
    const starts = this.lineStarts;
    let row = this.row;
    if (offset < (starts[row] as number) || offset - (starts[row] as number) > 4096) row = rowAt(starts, offset);
    while (row + 1 < starts.length && (starts[row + 1] as number) <= offset) row++;
    this.row = row;
    return row;
  }

  /**
   * MISSING and HAS_ERROR of the cursor's node. tree-sitter's has-error also counts errors in
   * hidden nodes, which a cursor never visits, so the runtime is asked; the node goes through the
   * transfer buffer, where the cursor is, so the cursor is put back after.
   */
  private errorFlags(address: number): number {
    const binding = this.binding;
    const missing = binding._ts_tree_cursor_current_node_is_missing_wasm(address) ? MISSING : 0;
    const buffer = binding.transferBuffer;
    const cursor = binding.HEAP32.slice(buffer, buffer + 4);
    binding._ts_tree_cursor_current_node_wasm(address);
    const hasError = binding._ts_node_has_error_wasm(address) ? HAS_ERROR : 0;
    binding.HEAP32.set(cursor, buffer);
    return missing | hasError;
  }
}
