import type { ContractReader } from "../../../classify/contract.js";
import { definitionNode } from "../../../classify/syntax/definition-node.js";
import { readCSharpFunction } from "./read-function.js";
import { readCSharpModule } from "./read-module.js";
import { readCSharpType } from "./read-type.js";

const CALLABLES = new Set(["method_declaration", "constructor_declaration", "destructor_declaration", "operator_declaration", "conversion_operator_declaration", "local_function_statement"]);
const TYPES = new Set(["class_declaration", "struct_declaration", "record_declaration", "interface_declaration", "enum_declaration"]);
const DEFINITIONS = new Set([...CALLABLES, ...TYPES]);

/** C#'s ContractReader. */
export const csharpContracts: ContractReader = {
  readContract(block, root) {
    if (block.kind === "module") return { kind: "module", entries: readCSharpModule(root) };
    const definition = definitionNode(root, block.span, DEFINITIONS);
    if (!definition) return undefined;
    return TYPES.has(definition.type) ? readCSharpType(block, definition) : readCSharpFunction(block, definition);
  },
};
