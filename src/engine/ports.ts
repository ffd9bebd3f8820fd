/**
 * The engine's ports: the only ways the pure engine reaches files, processes and models.
 * Adapters (src/adapters) implement them for the real world; tests pass in-memory ones.
 */

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

/** Structured logging (pino's shape); warn/error messages are static strings with metadata. */
export interface Logger {
  debug(meta: object, message: string): void;
  info(meta: object, message: string): void;
  warn(meta: object, message: string): void;
  error(meta: object, message: string): void;
}
