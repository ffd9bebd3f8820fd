import type { Node } from "web-tree-sitter";
import type { BlockContract } from "../../../classify/contract.js";
import { collapse, namedChildrenOf } from "../../../classify/syntax/children.js";
import type { Block } from "../../../model/block.js";
import { csharpModifiers, csharpTypeParameters } from "./modifiers.js";
import { readCSharpMembers } from "./read-members.js";

/** `: Base, IService` as written; a record's `Base(A)` base is its type. */
function basesOf(declaration: Node): string[] {
  const list = namedChildrenOf(declaration).find((child) => child.type === "base_list");
  return (list ? namedChildrenOf(list) : []).map((base) => collapse((base.childForFieldName("type") ?? base).text));
}

/** The contract of a class, struct, record, interface or enum. */
export function readCSharpType(block: Block, declaration: Node): BlockContract {
  const typeParameters = csharpTypeParameters(declaration);
  return {
    kind: "type",
    type: {
      name: block.name,
      bases: basesOf(declaration),
      modifiers: csharpModifiers(declaration),
      fields: readCSharpMembers(declaration),
      ...(typeParameters !== undefined ? { typeParameters } : {}),
    },
  };
}
