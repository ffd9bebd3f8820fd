import type { LanguageSupport } from "../language-support.js";
import { pythonResolver } from "./facts/python-resolver.js";
import { findPythonDefinitions } from "./find-definitions.js";
import { pythonContracts } from "./signature/contract-reader.js";
import { skippablePythonDefinitions } from "./skipped-definitions.js";

export const python: LanguageSupport = {
  id: "python",
  extensions: [".py", ".pyi"],
  grammarFile: "tree-sitter-python.wasm",
  findDefinitions: findPythonDefinitions,
  // tree-sitter-python reuses little of an old tree (its indentation scanner's state differs after
  // an edit), while a file without its unchanged definitions parses in a fraction of the time.
  skippableDefinitions: skippablePythonDefinitions,
  fold: { foldedBody: " ..." },
  resolver: pythonResolver,
  signature: pythonContracts,
};
