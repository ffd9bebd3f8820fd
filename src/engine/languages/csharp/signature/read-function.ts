import type { Node } from "web-tree-sitter";
import { collectBodyFacts } from "../../../classify/body/collect-body-facts.js";
import type { BlockContract } from "../../../classify/contract.js";
import { textOf } from "../../../classify/syntax/children.js";
import type { Block } from "../../../model/block.js";
import { csharpBodyGrammar } from "./body-grammar.js";
import { csharpModifiers, csharpTypeParameters } from "./modifiers.js";
import { readCSharpMembers } from "./read-members.js";
import { readCSharpParameters } from "./read-parameters.js";

const TYPE_DECLARATIONS = new Set(["class_declaration", "struct_declaration", "record_declaration", "interface_declaration"]);

/** Field names of the type that encloses a member: a C# body may write them without `this.`. */
function enclosingFieldNames(definition: Node): Set<string> {
  let node = definition.parent;
  while (node && !TYPE_DECLARATIONS.has(node.type)) node = node.parent;
  return new Set(node ? readCSharpMembers(node).map((field) => field.name) : []);
}

/** The contract of a method, constructor, operator, destructor or local function. */
export function readCSharpFunction(block: Block, definition: Node): BlockContract {
  const parameters = readCSharpParameters(definition.childForFieldName("parameters"));
  const body = definition.childForFieldName("body");
  const facts = body
    ? collectBodyFacts({
        body: body.type === "arrow_expression_clause" ? (body.namedChildren[0] ?? body) : body,
        grammar: csharpBodyGrammar,
        parameters: parameters.map((parameter) => parameter.name),
        receiverNames: [],
        fieldNames: enclosingFieldNames(definition),
        expressionBody: body.type === "arrow_expression_clause",
      })
    : undefined;
  const returnType = textOf(definition.childForFieldName("returns") ?? definition.childForFieldName("type"));
  const typeParameters = csharpTypeParameters(definition);
  const async = definition.children.some((child) => child?.type === "modifier" && child.text === "async");
  return {
    kind: "callable",
    signature: {
      name: block.name,
      parameters,
      async,
      generator: facts?.yields ?? false,
      modifiers: csharpModifiers(definition),
      ...(returnType !== undefined ? { returnType } : {}),
      ...(typeParameters !== undefined ? { typeParameters } : {}),
    },
    ...(facts ? { body: facts } : {}),
    fields: [],
  };
}
