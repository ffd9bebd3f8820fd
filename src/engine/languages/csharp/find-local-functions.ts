import type { Node } from "web-tree-sitter";
import type { RawDefinition } from "../language-support.js";
import { rawDefinition } from "./raw-definition.js";

/** A local function and, nested in it, the local functions of its own body. */
function localFunctionDefinition(node: Node): RawDefinition {
  const body = node.childForFieldName("body");
  return rawDefinition({
    node,
    name: node.childForFieldName("name")?.text ?? "",
    kind: "function",
    children: body ? findLocalFunctions(body) : [],
  });
}

/**
 * The outermost local functions anywhere below `node` (in nested blocks, lambdas, switch sections),
 * in source order. A tree cursor walks the subtree so that the many nodes of a long method body
 * are visited without allocating a Node for each.
 */
export function findLocalFunctions(node: Node): RawDefinition[] {
  const found: RawDefinition[] = [];
  const cursor = node.walk();
  try {
    let depth = 0;
    let descend = true;
    for (;;) {
      if (descend && cursor.gotoFirstChild()) {
        depth += 1;
      } else {
        while (depth > 0 && !cursor.gotoNextSibling()) {
          cursor.gotoParent();
          depth -= 1;
        }
        if (depth === 0) return found;
      }
      const isLocalFunction = cursor.nodeType === "local_function_statement";
      if (isLocalFunction) found.push(localFunctionDefinition(cursor.currentNode));
      descend = !isLocalFunction;
    }
  } finally {
    cursor.delete();
  }
}
