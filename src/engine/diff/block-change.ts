/** How one block differs between two trees. */
export type BlockChangeStatus = "modified" | "added" | "deleted" | "renamed";

/**
 * One changed block. `symbol` is the before name, except for `added` (the after name);
 * `afterSymbol` is set only for `renamed`.
 */
export interface BlockChange {
  file: string;
  symbol: string;
  status: BlockChangeStatus;
  afterSymbol?: string;
}
