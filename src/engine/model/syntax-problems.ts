import type { SyntaxNode } from "../parse/syntax-node.js";
import type { FileProblem } from "./block.js";

const MAX_PROBLEMS = 20;

/** The syntax errors of a tree as file/line problems, outermost error of each region only. */
export function syntaxProblems(file: string, root: SyntaxNode): FileProblem[] {
  const problems: FileProblem[] = [];
  const pending: SyntaxNode[] = [root];
  while (pending.length > 0 && problems.length < MAX_PROBLEMS) {
    const node = pending.pop();
    if (!node?.hasError && !node?.isMissing) continue;
    const line = node.startPosition.row + 1;
    if (node.isMissing) {
      problems.push({ file, line, message: `syntax error: missing ${node.type}` });
    } else if (node.isError) {
      problems.push({ file, line, message: `syntax error: unexpected ${JSON.stringify(node.text.slice(0, 40))}` });
    } else {
      for (let i = node.childCount - 1; i >= 0; i--) {
        const child = node.child(i);
        if (child) pending.push(child);
      }
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}
