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
export { CodeGraph, type BuildTimings, type GraphUpdate } from "./graph/code-graph.js";
export { DependencyGraph, type RelatedBlock } from "./graph/dependency-graph.js";
export type { Edge, Confidence } from "./graph/edge.js";
export { RELATIONS, isRelation, inverseOf, type Relation, type StoredRelation } from "./graph/relation.js";
export { graphView, type GraphView } from "./graph/graph-view.js";
export { renderDot, renderMermaid } from "./graph/render-graph.js";
export { parseText } from "./parse/parser-pool.js";
