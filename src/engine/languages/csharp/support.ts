import type { LanguageSupport } from "../language-support.js";
import { findCSharpDefinitions } from "./find-definitions.js";

export const csharp: LanguageSupport = {
  id: "csharp",
  extensions: [".cs"],
  grammarFile: "tree-sitter-c-sharp.wasm",
  findDefinitions: findCSharpDefinitions,
  fold: { foldedBody: " { /* … */ }" },
};
