import type { LanguageSupport } from "../language-support.js";
import { pythonResolver } from "./facts/python-resolver.js";
import { findPythonDefinitions, TRANSPARENT } from "./find-definitions.js";
import { pythonContracts } from "./signature/contract-reader.js";

export const python: LanguageSupport = {
  id: "python",
  extensions: [".py", ".pyi"],
  grammarFile: "tree-sitter-python.wasm",
  findDefinitions: findPythonDefinitions,
  sharedChildren: new Set(["module", "function_definition", "class_definition", "decorated_definition", ...TRANSPARENT]),
  fold: { foldedBody: " ..." },
  resolver: pythonResolver,
  signature: pythonContracts,
};
