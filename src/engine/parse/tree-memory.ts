import type { Language } from "web-tree-sitter";
import type { RuntimeMemory } from "./tree-binding.js";

/*
 * tree-sitter 0.25's structs as the wasm32 runtime lays them out (node_modules/web-tree-sitter/lib:
 * subtree.h, parser.h, tree.h). Pinned: package.json requires web-tree-sitter 0.25.10 exactly, and
 * test/engine/parse/syntax-tree.test.ts compares every node read this way with web-tree-sitter's.
 *
 * A Subtree is 8 bytes: either a leaf's data inline (bit 0 of its first byte set) or a pointer to
 * SubtreeHeapData, whose children (Subtrees) lie just before it.
 */
const INLINE = 0x01;
const INLINE_VISIBLE = 0x02;
const INLINE_EXTRA = 0x08;
const INLINE_MISSING = 0x20;
const INLINE_SYMBOL = 1;
const INLINE_PADDING_BYTES = 6;
const INLINE_SIZE_BYTES = 7;

const HEAP_PADDING_BYTES = 4;
const HEAP_SIZE_BYTES = 16;
const HEAP_ERROR_COST = 32;
const HEAP_CHILD_COUNT = 36;
const HEAP_SYMBOL = 40;
const HEAP_FLAGS = 44;
const HEAP_VISIBLE = 0x01;
const HEAP_EXTRA = 0x04;
const HEAP_FLAGS_2 = 45;
const HEAP_MISSING = 0x02;
const HEAP_VISIBLE_CHILD_COUNT = 48;
const HEAP_VISIBLE_DESCENDANT_COUNT = 56;
const HEAP_PRODUCTION_ID = 66;
/** Bytes per Subtree, so per child in a parent's children array. */
export const SUBTREE_SIZE = 8;

const LANGUAGE_PRODUCTION_ID_COUNT = 28;
const LANGUAGE_FIELD_COUNT = 32;
const LANGUAGE_MAX_ALIAS_SEQUENCE_LENGTH = 36;
const LANGUAGE_FIELD_MAP_SLICES = 64;
const LANGUAGE_FIELD_MAP_ENTRIES = 68;
const LANGUAGE_PUBLIC_SYMBOL_MAP = 76;
const LANGUAGE_ALIAS_SEQUENCES = 84;

/** tree-sitter's ERROR symbol, which has no public mapping. */
const ERROR_SYMBOL = 0xffff;

/** The tables of a language that say how a node's children are typed and named, copied out once. */
interface LanguageTables {
  /** Per production, per structural child: its alias (0: none). */
  aliases: Uint16Array;
  /** Per production, per structural child: its own (not inherited) field (0: none). */
  fields: Uint16Array;
  /** Children per production in the two tables above. */
  width: number;
  /** Grammar symbol to the symbol node types number (ts_language_public_symbol). */
  publicSymbols: Uint16Array;
}

const tables = new WeakMap<Language, LanguageTables>();

function languageTables(memory: RuntimeMemory, language: Language): LanguageTables {
  let found = tables.get(language);
  if (!found) {
    found = copyTables(memory, (language as unknown as { 0: number })[0], language.types.length);
    tables.set(language, found);
  }
  return found;
}

function copyTables(memory: RuntimeMemory, address: number, symbolCount: number): LanguageTables {
  const { HEAPU8: u8, HEAPU16: u16, HEAPU32: u32 } = memory;
  const word = (offset: number): number => u32[(address + offset) >> 2] as number;
  const productions = word(LANGUAGE_PRODUCTION_ID_COUNT);
  const width = u16[(address + LANGUAGE_MAX_ALIAS_SEQUENCE_LENGTH) >> 1] as number;
  const aliasSequences = word(LANGUAGE_ALIAS_SEQUENCES);
  const aliases = u16.slice(aliasSequences >> 1, (aliasSequences >> 1) + productions * width);
  const fields = new Uint16Array(productions * width);
  if (word(LANGUAGE_FIELD_COUNT) > 0) {
    const slices = word(LANGUAGE_FIELD_MAP_SLICES);
    const entries = word(LANGUAGE_FIELD_MAP_ENTRIES);
    for (let production = 0; production < productions; production++) {
      const first = u16[(slices >> 1) + production * 2] as number;
      const length = u16[(slices >> 1) + production * 2 + 1] as number;
      // The first entry for a child wins, as in ts_tree_cursor_current_field_id.
      for (let entry = entries + (first + length - 1) * 4; entry >= entries + first * 4; entry -= 4) {
        const child = u8[entry + 2] as number;
        if (u8[entry + 3] === 0 && child < width) fields[production * width + child] = u16[entry >> 1] as number;
      }
    }
  }
  const publicSymbolMap = word(LANGUAGE_PUBLIC_SYMBOL_MAP);
  const publicSymbols = u16.slice(publicSymbolMap >> 1, (publicSymbolMap >> 1) + symbolCount);
  return { aliases, fields, width, publicSymbols };
}

/**
 * Reads subtrees straight from the runtime's memory: `load(slot)` decodes the 8-byte Subtree at
 * `slot` into the fields below (one decoding per node read, then plain property reads). Valid
 * until the runtime next allocates (its memory may grow and the views be replaced): make one per
 * read, and call nothing in the runtime in between.
 */
export class TreeMemory {
  private readonly u8: Uint8Array;
  private readonly u16: Uint16Array;
  private readonly u32: Uint32Array;
  private readonly tables: LanguageTables;

  symbol = 0;
  visible = false;
  extra = false;
  missing = false;
  /** ts_node_has_error: the subtree's error cost is not 0. */
  hasError = false;
  paddingBytes = 0;
  sizeBytes = 0;
  childCount = 0;
  /** Slot of the first child (the others follow it, SUBTREE_SIZE apart), when childCount > 0. */
  firstChild = 0;
  /** Visible children, counting those of hidden children. */
  visibleChildCount = 0;
  /** Visible descendants: the nodes a pre-order walk visits below this one. */
  visibleDescendantCount = 0;
  /** The production that made a node with children, which indexes the alias and field tables. */
  productionId = 0;

  constructor(memory: RuntimeMemory, language: Language) {
    this.u8 = memory.HEAPU8;
    this.u16 = memory.HEAPU16;
    this.u32 = memory.HEAPU32;
    this.tables = languageTables(memory, language);
  }

  load(slot: number): void {
    const u8 = this.u8;
    const bits = u8[slot] as number;
    if (bits & INLINE) {
      this.symbol = u8[slot + INLINE_SYMBOL] as number;
      this.visible = (bits & INLINE_VISIBLE) !== 0;
      this.extra = (bits & INLINE_EXTRA) !== 0;
      this.missing = (bits & INLINE_MISSING) !== 0;
      this.hasError = this.missing;
      this.paddingBytes = u8[slot + INLINE_PADDING_BYTES] as number;
      this.sizeBytes = u8[slot + INLINE_SIZE_BYTES] as number;
      this.childCount = 0;
      this.visibleChildCount = 0;
      this.visibleDescendantCount = 0;
      this.productionId = 0;
      return;
    }
    const u32 = this.u32;
    const heap = u32[slot >> 2] as number;
    const flags = u8[heap + HEAP_FLAGS] as number;
    this.symbol = this.u16[(heap + HEAP_SYMBOL) >> 1] as number;
    this.visible = (flags & HEAP_VISIBLE) !== 0;
    this.extra = (flags & HEAP_EXTRA) !== 0;
    this.missing = ((u8[heap + HEAP_FLAGS_2] as number) & HEAP_MISSING) !== 0;
    this.hasError = this.missing || (u32[(heap + HEAP_ERROR_COST) >> 2] as number) > 0;
    this.paddingBytes = u32[(heap + HEAP_PADDING_BYTES) >> 2] as number;
    this.sizeBytes = u32[(heap + HEAP_SIZE_BYTES) >> 2] as number;
    const childCount = u32[(heap + HEAP_CHILD_COUNT) >> 2] as number;
    this.childCount = childCount;
    if (childCount > 0) {
      this.firstChild = heap - childCount * SUBTREE_SIZE;
      this.visibleChildCount = u32[(heap + HEAP_VISIBLE_CHILD_COUNT) >> 2] as number;
      this.visibleDescendantCount = u32[(heap + HEAP_VISIBLE_DESCENDANT_COUNT) >> 2] as number;
      this.productionId = this.u16[(heap + HEAP_PRODUCTION_ID) >> 1] as number;
    } else {
      this.visibleChildCount = 0;
      this.visibleDescendantCount = 0;
      this.productionId = 0;
    }
  }

  /** The alias (0: none) of the production's structural child `index`. */
  aliasAt(productionId: number, index: number): number {
    const { aliases, width } = this.tables;
    return productionId === 0 || index >= width ? 0 : (aliases[productionId * width + index] as number);
  }

  /** The field (0: none) the production gives its structural child `index`, not counting inherited ones. */
  fieldAt(productionId: number, index: number): number {
    const { fields, width } = this.tables;
    return index >= width ? 0 : (fields[productionId * width + index] as number);
  }

  /** The grammar symbol as node types number it (ts_language_public_symbol). */
  publicSymbol(symbol: number): number {
    return symbol === ERROR_SYMBOL ? symbol : (this.tables.publicSymbols[symbol] as number);
  }
}

