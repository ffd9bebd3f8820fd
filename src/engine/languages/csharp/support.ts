import type { LanguageSupport } from "../language-support.js";
import { csharpResolver } from "./facts/csharp-resolver.js";
import { findCSharpDefinitions } from "./find-definitions.js";
import { csharpContracts } from "./signature/contract-reader.js";

export const csharp: LanguageSupport = {
  id: "csharp",
  extensions: [".cs"],
  grammarFile: "tree-sitter-c-sharp.wasm",
  findDefinitions: findCSharpDefinitions,
  fold: { foldedBody: " { /* … */ }" },
  resolver: csharpResolver,
  signature: csharpContracts,
};
