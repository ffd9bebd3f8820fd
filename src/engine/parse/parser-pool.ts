import { Language, Parser, type Tree } from "web-tree-sitter";
import type { LanguageSupport } from "../languages/language-support.js";
import { grammarPath } from "./grammar-path.js";

let runtime: Promise<void> | undefined;
const languages = new Map<string, Promise<Language>>();
const parsers = new Map<string, Parser>();

function loadLanguage(grammarFile: string): Promise<Language> {
  let language = languages.get(grammarFile);
  if (!language) {
    runtime ??= Parser.init();
    language = runtime.then(() => Language.load(grammarPath(grammarFile)));
    languages.set(grammarFile, language);
  }
  return language;
}

/** A parser for the language, its grammar loaded once and only when first needed. */
export async function parserFor(support: LanguageSupport): Promise<Parser> {
  const existing = parsers.get(support.grammarFile);
  if (existing) return existing;
  const language = await loadLanguage(support.grammarFile);
  const parser = parsers.get(support.grammarFile) ?? new Parser();
  parser.setLanguage(language);
  parsers.set(support.grammarFile, parser);
  return parser;
}

/** Parse text with the language's grammar; tree-sitter always returns a tree, errors included. */
export async function parseText(support: LanguageSupport, text: string): Promise<Tree> {
  const parser = await parserFor(support);
  const tree = parser.parse(text);
  if (!tree) throw new Error(`tree-sitter returned no tree for a ${support.id} file`);
  return tree;
}
