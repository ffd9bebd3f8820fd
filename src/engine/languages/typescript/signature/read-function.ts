import type { Node } from "web-tree-sitter";
import { collectBodyFacts } from "../../../classify/body/collect-body-facts.js";
import type { BlockContract, Field, Parameter } from "../../../classify/contract.js";
import { childrenOf, textOf } from "../../../classify/syntax/children.js";
import type { Block } from "../../../model/block.js";
import { typescriptBodyGrammar } from "./body-grammar.js";
import { typescriptModifiers } from "./modifiers.js";
import { annotationText, readTypeScriptParameters } from "./read-parameters.js";

/** Constructor parameter properties (`private readonly logger: Logger`) are fields of the class. */
function parameterProperties(parameters: readonly Parameter[]): Field[] {
  return parameters
    .filter((parameter) => parameter.modifiers.length > 0)
    .map((parameter) => ({ name: parameter.name, kind: "field", origin: "constructor", modifiers: parameter.modifiers, ...(parameter.type !== undefined ? { type: parameter.type } : {}) }));
}

/** The contract of a function, method, arrow function or signature. */
export function readTypeScriptFunction(block: Block, definition: Node): BlockContract {
  const parameters = readTypeScriptParameters(definition);
  const body = definition.childForFieldName("body");
  const facts = body
    ? collectBodyFacts({
        body,
        grammar: typescriptBodyGrammar,
        parameters: parameters.filter((parameter) => parameter.kind !== "receiver").map((parameter) => parameter.name),
        receiverNames: [],
        expressionBody: body.type !== "statement_block",
      })
    : undefined;
  const tokens = childrenOf(definition).map((child) => child.type);
  const returnType = annotationText(definition.childForFieldName("return_type"));
  const typeParameters = textOf(definition.childForFieldName("type_parameters"));
  return {
    kind: "callable",
    signature: {
      name: block.name,
      parameters,
      async: tokens.includes("async"),
      generator: tokens.includes("*") || definition.type.includes("generator"),
      modifiers: typescriptModifiers(definition),
      ...(returnType !== undefined ? { returnType } : {}),
      ...(typeParameters !== undefined ? { typeParameters } : {}),
    },
    ...(facts ? { body: facts } : {}),
    fields: block.kind === "constructor" ? parameterProperties(parameters) : [],
  };
}
