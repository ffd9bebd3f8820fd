import type { Tree } from "web-tree-sitter";

/** Views of web-tree-sitter's wasm memory, which `TreeMemory` reads trees from. */
export interface RuntimeMemory {
  /** Replaced when the runtime's memory grows: read them anew after any call into the runtime. */
  HEAPU8: Uint8Array;
  HEAPU16: Uint16Array;
  HEAPU32: Uint32Array;
}

/**
 * The object handed to `Parser.init`: emscripten makes it the runtime module, so after init it
 * holds the runtime's memory views (and exports).
 */
export const runtimeModule: Record<string, unknown> = {};

/** The runtime's memory; throws when the runtime is not initialised or does not expose it. */
export function runtimeMemory(): RuntimeMemory {
  const memory = runtimeModule as Partial<RuntimeMemory>;
  if (!(memory.HEAPU8 instanceof Uint8Array) || !(memory.HEAPU16 instanceof Uint16Array) || !(memory.HEAPU32 instanceof Uint32Array)) {
    throw new Error("web-tree-sitter's runtime does not expose its memory (HEAPU8, HEAPU16, HEAPU32): codeplan needs web-tree-sitter 0.25.10 (npm ci installs it)");
  }
  return memory as RuntimeMemory;
}

/** The address of a tree in the runtime's memory; throws once the tree is deleted. */
export function addressOf(tree: Tree): number {
  const address = (tree as unknown as { 0: number })[0];
  if (!address) throw new Error("the syntax tree was deleted while its nodes were still being read");
  return address;
}
