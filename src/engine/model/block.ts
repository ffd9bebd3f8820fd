import type { FileFacts } from "../graph/facts.js";
import type { TextEncoding } from "../source/decode-source.js";

/** Languages with first-class support. TSX and JavaScript share the TypeScript resolver family. */
export type LanguageId = "python" | "typescript" | "tsx" | "javascript" | "csharp";

/**
 * What a block is. `module` is the file's `<module>` block; `class` covers classes, structs and
 * records; `signature` is a method declaration without a body (interface or abstract method).
 */
export type BlockKind =
  | "module"
  | "class"
  | "interface"
  | "enum"
  | "type"
  | "function"
  | "method"
  | "constructor"
  | "accessor"
  | "signature";

/**
 * A half-open range of string offsets (UTF-16 code units, i.e. JavaScript string indexes, which is
 * what web-tree-sitter reports) plus the 1-based lines it spans (endLine inclusive).
 */
export interface Span {
  start: number;
  end: number;
  startLine: number;
  endLine: number;
}

/**
 * One block of the code model, named as ../shared/bench/README.md names blocks.
 * `text` is the block's own text: the definition minus the definitions nested in it.
 */
export interface Block {
  /** `file::symbol`, e.g. `app/a.py::Client.send`. */
  id: string;
  /** Path relative to the repository root, forward slashes. */
  file: string;
  /** `Class.method`, `outer.inner`, `<module>`, with `#2`… for same-named siblings. */
  symbol: string;
  /** Last segment of the symbol without the overload suffix (`send`); `<module>` for modules. */
  name: string;
  kind: BlockKind;
  language: LanguageId;
  /** Id of the syntactically enclosing block; the file's `<module>` id for top-level blocks (or undefined when the file has none). */
  parentId: string | undefined;
  /** The whole definition including decorators/attributes; the whole file for `<module>`. */
  span: Span;
  /** Offset where the body starts (`{` or the indented suite); span.end when there is no body. */
  bodyStart: number;
  /** The block's own text (nested definitions cut out; the lines they leave are blank). */
  text: string;
  /** The header up to the body, whitespace collapsed: `def send(self, msg: str) -> None`. */
  signature: string;
}

/** A problem found while reading a file; the file's other blocks are still produced. */
export interface FileProblem {
  file: string;
  line: number;
  message: string;
}

/** Why a file was not parsed at all. */
export interface SkippedFile {
  file: string;
  reason: "binary" | "too-large" | "undecodable" | "unsupported-language";
  detail: string;
}

/** One parsed source file: its decoded text and its blocks in source order, `<module>` first. */
export interface ParsedFile {
  file: string;
  language: LanguageId;
  text: string;
  encoding: TextEncoding;
  blocks: Block[];
  problems: FileProblem[];
  /** Name-resolution facts, when parsed with `facts: true` and the language has a resolver. */
  facts?: FileFacts;
}

export function blockId(file: string, symbol: string): string {
  return `${file}::${symbol}`;
}
