import type { LanguageSupport } from "../language-support.js";
import { typescriptResolver } from "./facts/typescript-resolver.js";
import { findTypeScriptDefinitions } from "./find-definitions.js";
import { typescriptContracts } from "./signature/contract-reader.js";

const braces = { foldedBody: " { /* … */ }" };

export const typescript: LanguageSupport = {
  id: "typescript",
  extensions: [".ts", ".mts", ".cts"],
  grammarFile: "tree-sitter-typescript.wasm",
  findDefinitions: findTypeScriptDefinitions,
  fold: braces,
  resolver: typescriptResolver,
  signature: typescriptContracts,
};

export const tsx: LanguageSupport = {
  id: "tsx",
  extensions: [".tsx"],
  grammarFile: "tree-sitter-tsx.wasm",
  findDefinitions: findTypeScriptDefinitions,
  fold: braces,
  resolver: typescriptResolver,
  signature: typescriptContracts,
};

export const javascript: LanguageSupport = {
  id: "javascript",
  extensions: [".js", ".mjs", ".cjs", ".jsx"],
  grammarFile: "tree-sitter-javascript.wasm",
  findDefinitions: findTypeScriptDefinitions,
  fold: braces,
  resolver: typescriptResolver,
  signature: typescriptContracts,
};
