import type { ContractReader } from "../../../classify/contract.js";
import { definitionNode } from "../../../classify/syntax/definition-node.js";
import { readPythonClass } from "./read-class.js";
import { readPythonFunction } from "./read-function.js";
import { readPythonModule } from "./read-module.js";

const DEFINITIONS = new Set(["function_definition", "class_definition"]);

/** Python's ContractReader: `def` signatures and bodies, classes with their attributes, module imports and globals. */
export const pythonContracts: ContractReader = {
  readContract(block, root) {
    if (block.kind === "module") return { kind: "module", entries: readPythonModule(root) };
    const definition = definitionNode(root, block.span, DEFINITIONS);
    if (!definition) return undefined;
    return definition.type === "class_definition" ? readPythonClass(block, definition) : readPythonFunction(block, definition);
  },
};
