import type { ContractReader } from "../../../classify/contract.js";
import { definitionNode } from "../../../classify/syntax/definition-node.js";
import { readTypeScriptFunction } from "./read-function.js";
import { readTypeScriptModule } from "./read-module.js";
import { readTypeScriptType } from "./read-type.js";

const CALLABLES = new Set([
  "function_declaration",
  "generator_function_declaration",
  "function_signature",
  "method_definition",
  "method_signature",
  "abstract_method_signature",
  "arrow_function",
  "function_expression",
  "function",
  "generator_function",
]);

const TYPES = new Set(["class_declaration", "abstract_class_declaration", "class", "interface_declaration", "enum_declaration", "type_alias_declaration", "internal_module", "module"]);

const DEFINITIONS = new Set([...CALLABLES, ...TYPES]);

/** TypeScript's (and TSX's, JavaScript's) ContractReader. */
export const typescriptContracts: ContractReader = {
  readContract(block, root) {
    if (block.kind === "module") return { kind: "module", entries: readTypeScriptModule(root) };
    const definition = definitionNode(root, block.span, DEFINITIONS);
    if (!definition) return undefined;
    return TYPES.has(definition.type) ? readTypeScriptType(block, definition) : readTypeScriptFunction(block, definition);
  },
};
