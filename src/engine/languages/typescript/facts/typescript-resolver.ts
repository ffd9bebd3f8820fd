import type { LanguageResolver } from "../../language-support.js";
import { extractTypeScriptFacts } from "./extract-typescript-facts.js";
import { resolveTypeScriptModule } from "./resolve-typescript-module.js";
import { CONFIG_FILE_NAMES } from "./tsconfig.js";

/** TypeScript's, TSX's and JavaScript's part of name resolution: syntactic facts per file, and module specifiers → files. */
export const typescriptResolver: LanguageResolver = {
  extractFacts: extractTypeScriptFacts,
  resolveModule: resolveTypeScriptModule,
  configFileNames: CONFIG_FILE_NAMES,
};
