import type { LanguageSupport } from "../language-support.js";
import { findPythonDefinitions } from "./find-definitions.js";

export const python: LanguageSupport = {
  id: "python",
  extensions: [".py", ".pyi"],
  grammarFile: "tree-sitter-python.wasm",
  findDefinitions: findPythonDefinitions,
  fold: { foldedBody: " ..." },
};
