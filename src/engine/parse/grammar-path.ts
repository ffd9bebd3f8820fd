import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** Absolute path of a .wasm file shipped by @vscode/tree-sitter-wasm. */
export function grammarPath(fileName: string): string {
  return require.resolve(`@vscode/tree-sitter-wasm/wasm/${fileName}`);
}
