import type { Language, Tree } from "web-tree-sitter";
import { lineStartsOf, rowAt } from "./line-starts.js";
import { addressOf, runtimeMemory } from "./tree-binding.js";
import { SUBTREE_SIZE, TreeMemory } from "./tree-memory.js";

/** tree-sitter's symbol for ERROR nodes (`ts_builtin_sym_error`, a uint16 -1). */
export const ERROR_TYPE = 0xffff;

export const NAMED = 1;
export const MISSING = 2;
export const HAS_ERROR = 4;
const CHILDREN_READ = 8;

/** Per level of copyChildren's work list: next child's slot, children left, structural index, byte position, production, inherited field. */
const LEVEL = 6;

/** Bytes of the arrays per node: seven of 4 bytes, two of 2, one of 1. */
const BYTES_PER_NODE = 7 * 4 + 2 * 2 + 1;

/** How much of the tree is copied at once: all of it, or each node's children when first asked for. */
export type FlatReading = "whole" | "on-demand";

/**
 * A tree read whole, as one thread hands it to another (FlatTree.copy): the arrays' one buffer and
 * the line starts, both transferable, so the tree reaches the other thread without being copied.
 */
export interface FlatCopy {
  count: number;
  buffer: ArrayBuffer;
  lineStarts: Uint32Array<ArrayBuffer>;
  hasError: boolean;
}

/** The arrays of `count` nodes laid out in one buffer: 4-byte arrays first, then 2-byte, then 1-byte. */
function arraysIn(buffer: ArrayBuffer, count: number) {
  let offset = 0;
  const take = <T>(View: new (buffer: ArrayBuffer, offset: number, length: number) => T, bytes: number): T => {
    const view = new View(buffer, offset, count);
    offset += count * bytes;
    return view;
  };
  return {
    starts: take(Uint32Array, 4),
    ends: take(Uint32Array, 4),
    parents: take(Int32Array, 4),
    nextSiblings: take(Int32Array, 4),
    subtreeEnds: take(Int32Array, 4),
    rows: take(Uint32Array, 4),
    slots: take(Uint32Array, 4),
    types: take(Uint16Array, 2),
    fields: take(Uint16Array, 2),
    flags: take(Uint8Array, 1),
  };
}

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

function isCopy(from: Tree | FlatCopy): from is FlatCopy {
  return "buffer" in from;
}

/**
 * A syntax tree copied out of the parser into arrays, one slot per visible node, indexed by the
 * node's place in pre-order (tree-sitter's descendant index; the root is 0). Reading a node is
 * then an array read instead of a call into the parser's wasm memory that builds a Node object.
 *
 * The copy is read straight from the parser's memory (tree-memory.ts), walking each node's
 * children as tree-sitter's cursor does: hidden children are looked through, aliases and fields
 * come from the language's tables. A node's descendant count says where its next sibling is, so
 * any node's children can be copied on their own. Read "whole" every node's are; read
 * "on-demand" (a file whose previous version lets the extractors skip most of it) only the root
 * is copied at first and each node's children when they are first asked for; the web-tree-sitter
 * tree must then stay alive until the reading is done.
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

  /** Address of each node's subtree in the parser's memory (its children are read from there). */
  private readonly slots: Uint32Array;
  private readonly named: Uint8Array;
  private readonly withErrors: boolean;
  /** The work list of copyChildren: LEVEL numbers per hidden level (see setLevel). */
  private levels: Int32Array = new Int32Array(LEVEL * 16);
  private row = 0;
  /** Reading whole: rows are filled in after the walk (fillRows), not node by node. */
  private rowsLater = false;
  /** Every node's children are copied: reading needs the parser's memory no more. */
  private complete = false;

  /** The web-tree-sitter tree the nodes are read from (none for a copy: it is complete). */
  private readonly tree: Tree | undefined;

  /** Copies `tree` (parsed from `text`) as `reading` says; or, given a FlatCopy, takes over the copy another thread made of a tree of `language`. */
  constructor(tree: Tree, text: string, reading: FlatReading);
  constructor(copy: FlatCopy, language: Language);
  constructor(from: Tree | FlatCopy, textOrLanguage: string | Language, reading: FlatReading = "whole") {
    let buffer: ArrayBuffer;
    let memory: TreeMemory | undefined;
    let root = 0;
    if (isCopy(from)) {
      this.tree = undefined;
      this.count = from.count;
      this.withErrors = from.hasError;
      this.language = textOrLanguage as Language;
      this.lineStarts = from.lineStarts;
      buffer = from.buffer;
    } else {
      this.tree = from;
      memory = new TreeMemory(runtimeMemory(), from.language);
      root = addressOf(from);
      memory.load(root);
      this.count = 1 + memory.visibleDescendantCount;
      this.withErrors = memory.hasError;
      this.language = from.language;
      this.lineStarts = lineStartsOf(textOrLanguage as string);
      // One buffer for every array (one allocation per tree, not eleven).
      buffer = new ArrayBuffer(this.count * BYTES_PER_NODE);
    }
    this.named = namedTable(this.language);
    const arrays = arraysIn(buffer, this.count);
    ({ starts: this.starts, ends: this.ends, parents: this.parents, nextSiblings: this.nextSiblings, subtreeEnds: this.subtreeEnds } = arrays);
    ({ rows: this.rows, slots: this.slots, types: this.types, fields: this.fields, flags: this.flags } = arrays);
    if (!memory) {
      this.complete = true;
      return;
    }
    // The tree's root subtree is the tree's first field; the root node starts after its padding.
    this.record(memory, 0, root, memory.paddingBytes, 0, 0, -1);
    if (reading === "whole") {
      this.rowsLater = true;
      for (let index = 0; index < this.count; index++) this.copyChildren(memory, index);
      this.rowsLater = false;
      this.fillRows();
      this.complete = true;
    }
  }

  /**
   * The tree as another thread takes it over (new FlatTree(copy, language)); this tree is unusable
   * after the copy's buffers are transferred. Only a tree read whole can be copied.
   */
  copy(): FlatCopy {
    if (!this.complete) throw new Error("only a syntax tree read whole can be copied to another thread");
    return { count: this.count, buffer: this.starts.buffer as ArrayBuffer, lineStarts: this.lineStarts as Uint32Array<ArrayBuffer>, hasError: this.withErrors };
  }

  /** Rows of every node, in one pass: in pre-order, starts only grow. */
  private fillRows(): void {
    const { starts, rows, lineStarts } = this;
    let row = 0;
    for (let index = 0; index < this.count; index++) {
      const start = starts[index] as number;
      while (row + 1 < lineStarts.length && (lineStarts[row + 1] as number) <= start) row++;
      rows[index] = row;
    }
  }

  /** Copies the children of `index` if they are not copied yet. */
  readChildren(index: number): void {
    if (this.complete || (this.flags[index] as number) & CHILDREN_READ) return;
    this.copyChildren(this.memory(), index);
  }

  /** Copies every descendant of `index` not copied yet. */
  readSubtree(index: number): void {
    if (this.complete) return;
    const memory = this.memory();
    const end = this.subtreeEnds[index] as number;
    for (let node = index; node < end; node++) this.copyChildren(memory, node);
  }

  /** The parser's memory as it is now; throws once the tree is deleted (its memory may hold other data by then). */
  private memory(): TreeMemory {
    if (!this.tree) throw new Error("a copied syntax tree has no parser memory to read from");
    addressOf(this.tree);
    return new TreeMemory(runtimeMemory(), this.language);
  }

  /**
   * Copies the visible children of node `index` (ts_tree_cursor's child iteration): a hidden child
   * with visible children is looked through; a non-extra child takes its alias and field from its
   * parent's production, and a child without a field of its own inherits that of the hidden
   * parents it was looked through (not past an extra).
   */
  private copyChildren(memory: TreeMemory, index: number): void {
    const flags = this.flags;
    if ((flags[index] as number) & CHILDREN_READ) return;
    flags[index] = (flags[index] as number) | CHILDREN_READ;
    const slot = this.slots[index] as number;
    memory.load(slot);
    if (memory.childCount === 0) return;
    let levels = this.levels;
    let top = 0;
    levels = this.setLevel(levels, top, memory, (this.starts[index] as number) * 2, 0);
    let next = index + 1;
    let previous = -1;
    while (top >= 0) {
      const at = top * LEVEL;
      const left = levels[at + 1] as number;
      if (left === 0) {
        top--;
        continue;
      }
      const child = levels[at] as number;
      memory.load(child);
      // Level positions are where the next child's padding starts.
      const position = (levels[at + 3] as number) + memory.paddingBytes;
      levels[at] = child + SUBTREE_SIZE;
      levels[at + 1] = left - 1;
      levels[at + 3] = position + memory.sizeBytes;
      let alias = 0;
      let field = 0;
      if (!memory.extra) {
        const production = levels[at + 4] as number;
        const structural = levels[at + 2] as number;
        alias = memory.aliasAt(production, structural);
        field = memory.fieldAt(production, structural) || (levels[at + 5] as number);
        levels[at + 2] = structural + 1;
      }
      if (alias !== 0 || memory.visible) {
        this.record(memory, next, child, position, alias, field, index);
        if (previous >= 0) this.nextSiblings[previous] = next;
        previous = next;
        next = this.subtreeEnds[next] as number;
      } else if (memory.visibleChildCount > 0) {
        levels = this.setLevel(levels, ++top, memory, position, field);
      }
    }
  }

  /**
   * Sets level `top` of the work list to iterate the children of the subtree just loaded, which
   * starts at byte `start`, growing the list when needed.
   */
  private setLevel(levels: Int32Array, top: number, memory: TreeMemory, start: number, inheritedField: number): Int32Array {
    let grown = levels;
    if ((top + 1) * LEVEL > grown.length) {
      grown = new Int32Array(grown.length * 2);
      grown.set(levels);
      this.levels = grown;
    }
    const at = top * LEVEL;
    grown[at] = memory.firstChild;
    grown[at + 1] = memory.childCount;
    grown[at + 2] = 0;
    // A node's padding is its first child's: the first child's padding starts that much before the node.
    grown[at + 3] = start - memory.paddingBytes;
    grown[at + 4] = memory.productionId;
    grown[at + 5] = inheritedField;
    return grown;
  }

  /** Records the node whose subtree (just loaded) is at `slot`, starting at byte `position`, as node `index`. */
  private record(memory: TreeMemory, index: number, slot: number, position: number, alias: number, field: number, parent: number): void {
    const type = memory.publicSymbol(alias || memory.symbol);
    const start = position >>> 1;
    this.slots[index] = slot;
    this.types[index] = type;
    this.starts[index] = start;
    this.ends[index] = start + (memory.sizeBytes >>> 1);
    this.fields[index] = field;
    this.parents[index] = parent;
    this.nextSiblings[index] = -1;
    this.subtreeEnds[index] = index + 1 + memory.visibleDescendantCount;
    if (!this.rowsLater) this.rows[index] = this.rowOf(start);
    let flags = this.named[type] as number;
    if (this.withErrors) flags |= (memory.missing ? MISSING : 0) | (memory.hasError ? HAS_ERROR : 0);
    this.flags[index] = flags;
  }

  /** The row of an offset: walks on from the last row asked for (when close after it), else searches. */
  private rowOf(offset: number): number {
    const starts = this.lineStarts;
    let row = this.row;
    if (offset < (starts[row] as number) || offset - (starts[row] as number) > 4096) row = rowAt(starts, offset);
    while (row + 1 < starts.length && (starts[row + 1] as number) <= offset) row++;
    this.row = row;
    return row;
  }
}
