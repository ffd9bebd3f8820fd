import { languageById } from "../languages/registry.js";
import type { ParsedFile } from "../model/block.js";
import { parseText } from "../parse/parser-pool.js";
import type { BlockContract } from "./contract.js";

/** Block id → contract, for the blocks of one file whose language can read them. */
export type ContractMap = ReadonlyMap<string, BlockContract>;

/**
 * Reads the contracts of a parsed file's blocks (of those in `only`, when given): parses its text
 * once and hands each block to the language's ContractReader. Empty for a missing file or a
 * language without a reader.
 */
export async function readContracts(file: ParsedFile | undefined, only?: ReadonlySet<string>): Promise<ContractMap> {
  const contracts = new Map<string, BlockContract>();
  const reader = file ? languageById(file.language).signature : undefined;
  if (!file || !reader) return contracts;
  const tree = await parseText(languageById(file.language), file.text);
  try {
    for (const block of file.blocks) {
      if (only && !only.has(block.id)) continue;
      const contract = reader.readContract(block, tree.rootNode);
      if (contract) contracts.set(block.id, contract);
    }
  } finally {
    tree.delete();
  }
  return contracts;
}
