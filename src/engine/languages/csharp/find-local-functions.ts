import type { SyntaxNode } from "../../parse/syntax-node.js";
import type { RawDefinition } from "../language-support.js";
import type { BodyMarks } from "./body-marks.js";
import { rawDefinition } from "./raw-definition.js";

/** A local function and, nested in it, the local functions of its own body. */
function localFunctionDefinition(node: SyntaxNode, marks: BodyMarks): RawDefinition {
  const body = node.childForFieldName("body");
  return rawDefinition({
    node,
    name: node.childForFieldName("name")?.text ?? "",
    kind: "function",
    children: body ? findLocalFunctions(body, marks) : [],
  });
}

/**
 * The outermost local functions anywhere below `node` (in nested blocks, lambdas, switch sections),
 * in source order. Goes through the node's descendants in pre-order and skips subtrees without a
 * `{` or `=>` (see BodyMarks), which holds most expression nodes.
 */
export function findLocalFunctions(node: SyntaxNode, marks: BodyMarks): RawDefinition[] {
  const found: RawDefinition[] = [];
  // pre-order visits nodes by ascending start, so the next mark only ever moves forward
  let mark = marks.firstFrom(node.startIndex);
  let index = node.index + 1;
  while (index < node.subtreeEnd) {
    const descendant = node.tree.node(index);
    if (descendant.type === "local_function_statement") {
      found.push(localFunctionDefinition(descendant, marks));
      index = descendant.subtreeEnd;
      continue;
    }
    while (marks.offsetAt(mark) < descendant.startIndex) mark += 1;
    index = marks.offsetAt(mark) < descendant.endIndex ? index + 1 : descendant.subtreeEnd;
  }
  return found;
}
