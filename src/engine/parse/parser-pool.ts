import { Language, Parser, type Range, type Tree } from "web-tree-sitter";
import type { LanguageSupport } from "../languages/language-support.js";
import { grammarPath } from "./grammar-path.js";
import { lineStartsOf, pointIn } from "./line-starts.js";
import { textEdit } from "./text-edit.js";
import { runtimeModule } from "./tree-binding.js";

let runtime: Promise<void> | undefined;
const languages = new Map<string, Promise<Language>>();
const parsers = new Map<string, Parser>();

function loadLanguage(grammarFile: string): Promise<Language> {
  let language = languages.get(grammarFile);
  if (!language) {
    runtime ??= Parser.init(runtimeModule);
    language = runtime.then(() => Language.load(grammarPath(grammarFile)));
    languages.set(grammarFile, language);
  }
  return language;
}

/** The language's grammar, loaded once and only when first needed. */
export function languageOf(support: LanguageSupport): Promise<Language> {
  return loadLanguage(support.grammarFile);
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

/**
 * Parse only the given stretches of `text` (ascending, not overlapping), as if the rest were not
 * there; the tree's positions are those of the whole text.
 */
export async function parseRanges(support: LanguageSupport, text: string, ranges: readonly { start: number; end: number }[]): Promise<Tree> {
  const parser = await parserFor(support);
  const lines = lineStartsOf(text);
  const includedRanges: Range[] = ranges.map(({ start, end }) => ({ startIndex: start, endIndex: end, startPosition: pointIn(lines, start), endPosition: pointIn(lines, end) }));
  const tree = parser.parse(rangeInput(text, ranges), null, { includedRanges });
  if (!tree) throw new Error(`tree-sitter returned no tree for a ${support.id} file`);
  return tree;
}

/** Characters handed to tree-sitter at most per read (web-tree-sitter's buffer holds 5,119). */
const CHUNK = 4096;

/**
 * The text as tree-sitter reads it when parsing `ranges` of it: each read stops where the range it
 * starts in does (or where the next range starts). Given the string itself, web-tree-sitter copies
 * up to 5K characters from wherever tree-sitter asks, and tree-sitter asks at every range (and
 * again when it looks back): on an edited Python file that copying cost as much as the parse.
 */
function rangeInput(text: string, ranges: readonly { start: number; end: number }[]): (index: number) => string {
  let next = 0;
  return (index) => {
    if (next > 0 && index < (ranges[next - 1] as { end: number }).end) next = 0;
    while (next < ranges.length && (ranges[next] as { end: number }).end <= index) next++;
    const range = ranges[next];
    const limit = !range ? text.length : index >= range.start ? range.end : range.start;
    return text.slice(index, Math.min(limit, index + CHUNK));
  };
}

/** A tree together with the text it was parsed from. */
export interface ParsedText {
  tree: Tree;
  text: string;
}

/**
 * Parse `text` as a new version of `previous.text`, reusing the unchanged parts of `previous.tree`
 * (which is left as it was). A tree with a syntax error is parsed again from scratch: error
 * recovery may take another path when it starts from an old tree, and the result must be the tree
 * a fresh parse gives. (So a file that had an error to begin with is parsed from scratch at once.)
 */
export async function reparseText(support: LanguageSupport, text: string, previous: ParsedText): Promise<Tree> {
  const edit = textEdit(previous.text, text);
  if (!edit) return previous.tree.copy();
  if (previous.tree.rootNode.hasError) return parseText(support, text);
  const parser = await parserFor(support);
  const edited = previous.tree.copy();
  try {
    edited.edit(edit);
    const tree = parser.parse(text, edited);
    if (!tree) throw new Error(`tree-sitter returned no tree for a ${support.id} file`);
    if (!tree.rootNode.hasError) return tree;
    tree.delete();
  } finally {
    edited.delete();
  }
  return parseText(support, text);
}
