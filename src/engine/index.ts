/** The engine's public surface: everything outside src/engine imports from here or ./ports.js. */
export { CodeplanError, isCodeplanError, type SourceLocation } from "./errors/codeplan-error.js";
export type { SourceTree, WritableSourceTree, Logger } from "./ports.js";
export type { Block, BlockKind, FileProblem, LanguageId, ParsedFile, SkippedFile, Span } from "./model/block.js";
export { parseFile, isSkipped, DEFAULT_MAX_FILE_BYTES, type ParseOptions } from "./model/parse-file.js";
export { parseRepository, type RepositoryBlocks } from "./model/parse-repository.js";
export { MemorySourceTree } from "./source/memory-source-tree.js";
export { decodeSource, encodeSource, type TextEncoding } from "./source/decode-source.js";
export { diffBlocks } from "./diff/diff-blocks.js";
export type { BlockChange, BlockChangeStatus } from "./diff/block-change.js";
export { sketchBlock, type Sketch } from "./edit/sketch.js";
export { languageForPath, LANGUAGES } from "./languages/registry.js";
