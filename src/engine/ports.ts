/**
 * The engine's ports: the only ways the pure engine reaches files, processes and models.
 * Adapters (src/adapters) implement them for the real world; tests pass in-memory ones.
 */

import type { LanguageId } from "./model/block.js";
import type { FlatCopy } from "./parse/flat-tree.js";

/** Read access to a repository's source files. Paths are relative, with forward slashes. */
export interface SourceTree {
  /** Every file the engine should consider, sorted; vendored, generated and ignored files excluded. */
  listFiles(): Promise<string[]>;
  /** The raw bytes of a file; throws a CodeplanError when it does not exist. */
  readFile(path: string): Promise<Uint8Array>;
}

/** Write access, for applying edits. */
export interface WritableSourceTree extends SourceTree {
  writeFile(path: string, content: Uint8Array): Promise<void>;
  deleteFile(path: string): Promise<void>;
}

/**
 * Threads that parse while the graph is built (CodeGraph.build): the building thread hands them
 * files and reads what they send back, and parses files itself while it waits.
 */
export interface ParsePool {
  /** How many threads parse at once. */
  readonly threads: number;
  /** `text` parsed as `language` on another thread (see parseToCopy); rejects when that thread fails. */
  parse(language: LanguageId, text: string): Promise<FlatCopy>;
}

/** Structured logging (pino's shape); warn/error messages are static strings with metadata. */
export interface Logger {
  debug(meta: object, message: string): void;
  info(meta: object, message: string): void;
  warn(meta: object, message: string): void;
  error(meta: object, message: string): void;
}

/** Where a diagnostic came from: the tool whose output format produced it. */
export type DiagnosticSource = "pyright" | "tsc" | "csharp" | "generic" | "pytest" | "jest" | "unittest";

/**
 * One problem an oracle reported, at a place inside the repository. Test failures give one
 * diagnostic per repository frame of the failing test, innermost frame first.
 */
export interface Diagnostic {
  /** Path relative to the repository root, forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, when the tool reports one. */
  column?: number;
  severity: "error" | "warning";
  /** The tool's rule or error code (`TS2554`, `CS7036`, `reportCallIssue`), or the exception type of a test failure. */
  code?: string;
  /** The tool's message; for test failures `<test>: <first line of the failure>`. */
  message: string;
  source: DiagnosticSource;
}

/** What one oracle run produced. */
export interface OracleResult {
  /** What the run reported inside the repository; always empty when `timedOut`. */
  diagnostics: Diagnostic[];
  /** The process's exit code; null when it was killed (time limit or signal). */
  exitCode: number | null;
  /** True when the run hit its time limit and was killed: the diagnostics then say nothing. */
  timedOut: boolean;
  /** stdout and stderr, shortened to a bounded size, for logs and error messages. */
  rawOutput: string;
  /** The command as a person would type it, for messages. */
  command: string;
  durationMs: number;
}

/**
 * The repository's own checker (type checker, build or tests). `run` checks the tree as it is now;
 * it throws a CodeplanError when the command cannot start, crashes, or prints output it cannot
 * parse, and rejects with one when `signal` aborts it. Check `timedOut` before trusting an empty list.
 */
export interface Oracle {
  /** A short name for logs and messages (`pyright`, `tsc`, `npm test`). */
  readonly name: string;
  run(signal?: AbortSignal): Promise<OracleResult>;
}

/** Code related to the block being edited (spatial context), from the dependency graph. */
export interface RelatedCode {
  blockId: string;
  /** How the edited block relates to it, e.g. "Calls", "Overrides". */
  relation: string;
  /** The related block's signature (a class's outline: header and fields, members folded), or its full text when it shares the block's contract and the token budget allows. */
  text: string;
}

/** Everything the model is shown for one obligation (prompt sections of ../shared/DESIGN.md). */
export interface EditRequest {
  obligationId: number;
  blockId: string;
  /** The task instruction. */
  instruction: string;
  /** Earlier edits on the plan paths to this block: before/after pairs with the relation that led on. */
  temporal: { blockId: string; before: string; after: string; relation: string; cause: string }[];
  /** Why this block is being looked at. */
  causes: string[];
  related: RelatedCode[];
  /** The fragment to change (engine/edit/README.md): file, language, text. */
  sketch: { file: string; language: string; text: string; targetId: string };
  /** Set when retrying: why the previous answer was unusable. */
  previousError?: string;
}

/** What one answer cost. Tokens as the provider counts them; zero when served from a response cache. */
export interface ModelUsage {
  /** Input tokens billed at the full rate (not read from or written to the prompt cache). */
  inputTokens: number;
  outputTokens: number;
  /** Input tokens read from the provider's prompt cache. */
  cacheReadInputTokens: number;
  /** Input tokens written to the provider's prompt cache. */
  cacheCreationInputTokens: number;
  /** The price of this answer in US dollars, from the configured price of the model. */
  dollars: number;
  /** True when the answer came from the local response cache: nothing was paid. */
  fromCache: boolean;
}

/**
 * The model's answer: the whole edited sketch, no change, or an answer that does not follow the
 * wire format (../shared/DESIGN.md), with the reason to show the model when retrying.
 */
export type EditAnswer = ({ kind: "no-change" } | { kind: "edited"; sketch: string } | { kind: "unusable"; reason: string }) & { usage?: ModelUsage };

/**
 * The LLM (or, in evaluation, a ground-truth editor). Rejects with a CodeplanError when the model
 * cannot be reached or refuses the request, and when `signal` aborts the call.
 */
export interface EditModel {
  edit(request: EditRequest, signal?: AbortSignal): Promise<EditAnswer>;
}
