import type { LanguageResolver } from "../../language-support.js";
import { extractCSharpFacts } from "./extract-csharp-facts.js";

/**
 * C#'s part of name resolution. There are no module specifiers: `using` names namespaces, which
 * the core resolves through its namespace index, so resolveModule never names a file.
 */
export const csharpResolver: LanguageResolver = {
  extractFacts: extractCSharpFacts,
  resolveModule: () => undefined,
};
