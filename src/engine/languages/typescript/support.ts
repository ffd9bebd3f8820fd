import type { LanguageSupport } from "../language-support.js";
import { findTypeScriptDefinitions } from "./find-definitions.js";

const braces = { foldedBody: " { /* … */ }" };

export const typescript: LanguageSupport = {
  id: "typescript",
  extensions: [".ts", ".mts", ".cts"],
  grammarFile: "tree-sitter-typescript.wasm",
  findDefinitions: findTypeScriptDefinitions,
  fold: braces,
};

export const tsx: LanguageSupport = {
  id: "tsx",
  extensions: [".tsx"],
  grammarFile: "tree-sitter-tsx.wasm",
  findDefinitions: findTypeScriptDefinitions,
  fold: braces,
};

export const javascript: LanguageSupport = {
  id: "javascript",
  extensions: [".js", ".mjs", ".cjs", ".jsx"],
  grammarFile: "tree-sitter-javascript.wasm",
  findDefinitions: findTypeScriptDefinitions,
  fold: braces,
};
