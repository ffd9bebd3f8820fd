import type { ParsedText } from "../parse/parser-pool.js";

/** Source characters whose trees a graph keeps by default: about 20 bytes of parser memory each (~320 MB). */
export const DEFAULT_TREE_BUDGET = 16_000_000;

/** Trees live in the parser's wasm memory, which JavaScript's collector does not free: a dropped owner's trees are deleted here. */
const orphans = new FinalizationRegistry<TreeStore>((store) => store.clear());

/**
 * The syntax trees of a graph's files, for reparsing an edited file incrementally: at most
 * `budget` characters of source, the least recently used file's tree going first. A file without
 * a tree is simply parsed from scratch.
 */
export class TreeStore {
  private readonly trees = new Map<string, ParsedText>();
  /** Trees of versions parsed but not yet folded into the graph, with the version they belong to. */
  private readonly proposed = new Map<string, { version: object; kept: ParsedText }>();
  private size = 0;

  constructor(private readonly budget = DEFAULT_TREE_BUDGET) {}

  /** Deletes the trees once `owner` is garbage collected. */
  deleteWith(owner: object): void {
    orphans.register(owner, this);
  }

  /** The tree of `path` parsed from exactly `text`; undefined (and dropped) when it is of another text. */
  get(path: string, text: string): ParsedText | undefined {
    const kept = this.trees.get(path);
    if (!kept) return undefined;
    if (kept.text !== text) {
      this.delete(path);
      return undefined;
    }
    this.trees.delete(path);
    this.trees.set(path, kept);
    return kept;
  }

  /** Keeps `kept` as the tree of `path` (taking ownership), replacing the one it had. */
  set(path: string, kept: ParsedText): void {
    this.delete(path);
    if (kept.text.length > this.budget) {
      kept.tree.delete();
      return;
    }
    this.trees.set(path, kept);
    this.size += kept.text.length;
    for (const [oldest, tree] of this.trees) {
      if (this.size <= this.budget) break;
      this.trees.delete(oldest);
      this.size -= tree.text.length;
      tree.tree.delete();
    }
  }

  /** Holds the tree of a new version of `path` until commit says whether that version is the one folded in. */
  propose(path: string, version: object, kept: ParsedText): void {
    this.proposed.get(path)?.kept.tree.delete();
    this.proposed.set(path, { version, kept });
  }

  /**
   * `version` (of text `text`) is now the graph's version of `path`: its proposed tree becomes the
   * file's tree; without one, a tree of another text is dropped.
   */
  commit(path: string, version: object, text: string): void {
    const proposal = this.proposed.get(path);
    this.proposed.delete(path);
    if (proposal?.version === version) {
      this.set(path, proposal.kept);
      return;
    }
    proposal?.kept.tree.delete();
    if (this.trees.get(path)?.text !== text) this.delete(path);
  }

  delete(path: string): void {
    const kept = this.trees.get(path);
    if (!kept) return;
    this.trees.delete(path);
    this.size -= kept.text.length;
    kept.tree.delete();
  }

  clear(): void {
    for (const path of [...this.trees.keys()]) this.delete(path);
    for (const { kept } of this.proposed.values()) kept.tree.delete();
    this.proposed.clear();
  }
}
