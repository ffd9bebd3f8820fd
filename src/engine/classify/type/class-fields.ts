import type { Block } from "../../model/block.js";
import type { ContractMap } from "../read-contracts.js";
import type { Field } from "../contract.js";

/**
 * A class's fields: those declared in its body, then those its constructors declare (Python
 * `self.x = …` in `__init__`, TypeScript parameter properties). A name declared twice counts once,
 * the class-body declaration first.
 */
export function classFields(params: { classBlock: Block; blocks: readonly Block[]; contracts: ContractMap }): Map<string, Field> {
  const { classBlock, blocks, contracts } = params;
  const fields = new Map<string, Field>();
  const own = contracts.get(classBlock.id);
  const constructors = blocks.filter((block) => block.parentId === classBlock.id && block.kind === "constructor");
  const declared = [
    ...(own?.kind === "type" ? own.type.fields : []),
    ...constructors.flatMap((block) => {
      const contract = contracts.get(block.id);
      return contract?.kind === "callable" ? contract.fields : [];
    }),
  ];
  for (const field of declared) if (!fields.has(field.name)) fields.set(field.name, field);
  return fields;
}
