import type { LanguageId } from "../model/block.js";
import { csharp } from "./csharp/support.js";
import type { LanguageSupport } from "./language-support.js";
import { python } from "./python/support.js";
import { javascript, tsx, typescript } from "./typescript/support.js";

/** Every supported language; add a language by adding its LanguageSupport here. */
export const LANGUAGES: readonly LanguageSupport[] = [python, typescript, tsx, javascript, csharp];

const byExtension = new Map(LANGUAGES.flatMap((support) => support.extensions.map((ext) => [ext, support] as const)));

/** The language of a path by its extension, or undefined for files codeplan does not read. */
export function languageForPath(path: string): LanguageSupport | undefined {
  const dot = path.lastIndexOf(".");
  if (dot === -1 || dot < path.lastIndexOf("/")) return undefined;
  return byExtension.get(path.slice(dot).toLowerCase());
}

export function languageById(id: LanguageId): LanguageSupport {
  const support = LANGUAGES.find((candidate) => candidate.id === id);
  if (!support) throw new Error(`no LanguageSupport registered for ${id}`);
  return support;
}
