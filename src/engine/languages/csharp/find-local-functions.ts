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
 * in source order. Walks with a tree cursor, which allocates no node per step, and skips subtrees
 * without a `{` or `=>` (see BodyMarks): each step into the grammar's wasm costs about a microsecond.
 */
export function findLocalFunctions(node: SyntaxNode, marks: BodyMarks): RawDefinition[] {
  const found: RawDefinition[] = [];
  // pre-order visits nodes by ascending start, so the next mark only ever moves forward
  let mark = marks.firstFrom(node.startIndex);
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
      if (cursor.nodeType === "local_function_statement") {
        const local = node.tree.wrap(cursor.currentNode, undefined);
        if (local) found.push(localFunctionDefinition(local, marks));
        descend = false;
        continue;
      }
      const start = cursor.startIndex;
      while (marks.offsetAt(mark) < start) mark += 1;
      descend = marks.offsetAt(mark) < cursor.endIndex;
    }
  } finally {
    cursor.delete();
  }
}
