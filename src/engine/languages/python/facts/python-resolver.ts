import type { LanguageResolver } from "../../language-support.js";
import { extractPythonFacts } from "./extract-python-facts.js";
import { resolvePythonModule } from "./resolve-python-module.js";

/** Python's part of name resolution: syntactic facts per file, and module specifiers → files. */
export const pythonResolver: LanguageResolver = {
  extractFacts: extractPythonFacts,
  resolveModule: resolvePythonModule,
};
