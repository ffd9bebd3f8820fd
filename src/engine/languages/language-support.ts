import type { SyntaxNode } from "../parse/syntax-node.js";
import type { ContractReader } from "../classify/contract.js";
import type { FileFacts } from "../graph/facts.js";
import type { Block, BlockKind, LanguageId, ParsedFile } from "../model/block.js";
import type { ChangedRange } from "../parse/text-edit.js";

/**
 * A definition found by a language's extractor, before naming and text cutting. Offsets are JS
 * string indexes into the file's text.
 */
export interface RawDefinition {
  /** The declared name (`send`, `Client`, `__init__`); constructors use the language's own name. */
  name: string;
  kind: BlockKind;
  /** Start of the definition, including decorators/attributes/modifiers/`export`, excluding comments above it. */
  start: number;
  /** End of the definition (exclusive). */
  end: number;
  /** Start of the body (`{`, the indented suite, `=>`); `end` when the definition has no body. */
  bodyStart: number;
  /** Definitions nested inside this one that are blocks of their own, in source order. */
  children: RawDefinition[];
  /**
   * Set when the definition is taken over from the file's previous version, with the same text
   * and the same nested definitions: its block's own text and signature, which are then the same.
   */
  taken?: { text: string; signature: string };
}

/**
 * A definition of a file's previous version that a new version has word for word, `delta`
 * characters further on: the new version is parsed without it and takes over its block and facts.
 */
export interface SkippedDefinition {
  /** The previous version's block. */
  block: Block;
  delta: number;
}

/** How sketches fold a member to its signature (see src/engine/edit/README.md). */
export interface FoldStyle {
  /** Appended after a folded header, e.g. ` ...` (Python) or ` { /* … *\/ }` (brace languages). */
  foldedBody: string;
}

/** What resolveModule may consult besides the specifier. */
export interface ModuleLookup {
  /** Every file of the repository (relative paths). */
  files: ReadonlySet<string>;
  /** Text of project config files the language asked for (e.g. tsconfig.json), by path. */
  configFiles: ReadonlyMap<string, string>;
}

/** The language's part of name resolution (the rest is language-neutral, in graph/resolve). */
export interface LanguageResolver {
  /**
   * Syntactic facts of one file (its blocks already built), for graph/resolve. Given the file's
   * previous version, an extractor may take over the facts of definitions that did not change.
   * With `skipped` (see LanguageSupport.skippableDefinitions) it must take over theirs: undefined
   * when it cannot, and the file is then parsed whole.
   */
  extractFacts(file: ParsedFile, root: SyntaxNode, previous?: ParsedFile, skipped?: readonly SkippedDefinition[]): FileFacts | undefined;
  /** The file a module specifier names, seen from `fromFile`; undefined for packages outside the repository. */
  resolveModule(specifier: string, fromFile: string, lookup: ModuleLookup): string | undefined;
  /** Base names of config files resolveModule needs (`tsconfig.json`); read from every folder. */
  configFileNames?: readonly string[];
}

/**
 * Everything the engine knows about one language, behind one contract. One instance per
 * language, registered in ./registry.ts.
 */
export interface LanguageSupport {
  id: LanguageId;
  /** File extensions including the dot, lower case. */
  extensions: readonly string[];
  /** File name of the grammar in @vscode/tree-sitter-wasm's wasm/ folder. */
  grammarFile: string;
  /**
   * The top-level definitions of a parsed file, nested definitions as children. Given the file's
   * previous version, a language may take over the definitions that did not change. With
   * `skipped` it must take over theirs: undefined when they do not fit the tree, and the file is
   * then parsed whole.
   */
  findDefinitions(root: SyntaxNode, previous?: ParsedFile, skipped?: readonly SkippedDefinition[]): RawDefinition[] | undefined;
  /**
   * How a new version of a file is parsed when the previous one is known. Without this, from the
   * previous version's syntax tree, which the graph keeps (tree-sitter reuses what did not change).
   * With it, the definitions it names are left out of the parse (tree-sitter's included ranges) and
   * taken over from the previous version by findDefinitions and extractFacts, which get them as
   * `skipped`; the graph keeps no trees for the language. `range` is what the edit changed; the
   * definitions come in source order.
   */
  skippableDefinitions?(previous: ParsedFile, range: ChangedRange): SkippedDefinition[];
  fold: FoldStyle;
  resolver?: LanguageResolver;
  /** Reads block contracts (signatures, fields, imports, body facts) for change classification. */
  signature?: ContractReader;
}
