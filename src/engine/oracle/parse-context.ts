/** What a parser needs to place a tool's file paths inside the repository. */
export interface ParseContext {
  /** Absolute path of the repository root, which is also the directory the tool ran in. */
  repoRoot: string;
  /** Other absolute spellings of the same root (its real path behind a symlink, say). */
  rootAliases?: readonly string[];
}
