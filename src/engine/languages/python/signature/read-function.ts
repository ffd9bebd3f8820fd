import type { Node } from "web-tree-sitter";
import { collectBodyFacts } from "../../../classify/body/collect-body-facts.js";
import type { BlockContract, Parameter } from "../../../classify/contract.js";
import { childrenOf, textOf } from "../../../classify/syntax/children.js";
import type { Block } from "../../../model/block.js";
import { pythonBodyGrammar } from "./body-grammar.js";
import { contractDecorators, decoratorName } from "./contract-decorators.js";
import { readInitFields } from "./read-init-fields.js";
import { readPythonParameters } from "./read-parameters.js";

const CLASS_MEMBER_KINDS = new Set(["method", "constructor", "accessor"]);

/** Marks a method's first positional parameter (`self`, or `cls` of a classmethod) as its receiver. */
function markReceiver(parameters: Parameter[], block: Block, modifiers: readonly string[]): string | undefined {
  const isStatic = modifiers.some((modifier) => decoratorName(modifier) === "staticmethod");
  const first = parameters[0];
  if (!CLASS_MEMBER_KINDS.has(block.kind) || isStatic || !first || (first.kind !== "positional" && first.kind !== "positional-only")) return undefined;
  first.kind = "receiver";
  return first.name;
}

/** The contract of a `def`: signature, body facts and, for `__init__`, the fields it assigns. */
export function readPythonFunction(block: Block, definition: Node): BlockContract {
  const modifiers = contractDecorators(definition);
  const parameters = readPythonParameters(definition.childForFieldName("parameters"));
  const receiver = markReceiver(parameters, block, modifiers);
  const body = definition.childForFieldName("body");
  const facts = body
    ? collectBodyFacts({
        body,
        grammar: pythonBodyGrammar,
        parameters: parameters.filter((parameter) => parameter.kind !== "receiver").map((parameter) => parameter.name),
        receiverNames: receiver ? [receiver] : [],
        expressionBody: false,
      })
    : undefined;
  const returnType = textOf(definition.childForFieldName("return_type"));
  return {
    kind: "callable",
    signature: {
      name: block.name,
      parameters,
      async: childrenOf(definition).some((child) => child.type === "async"),
      generator: facts?.yields ?? false,
      modifiers,
      ...(returnType !== undefined ? { returnType } : {}),
    },
    ...(facts ? { body: facts } : {}),
    fields: block.kind === "constructor" && body && receiver ? readInitFields(body, receiver) : [],
  };
}
