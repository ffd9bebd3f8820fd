import type { SyntaxNode } from "../../parse/syntax-node.js";
import type { RawDefinition } from "../language-support.js";
import { BodyMarks } from "./body-marks.js";
import { findMembers } from "./find-members.js";

/**
 * The top-level definitions of a C# compilation unit, named as ../shared/bench/README.md names
 * C# blocks (see ./README.md for the cases the benchmark leaves open). Never throws on syntax errors.
 */
export function findCSharpDefinitions(root: SyntaxNode): RawDefinition[] {
  return findMembers(root, new BodyMarks(root.text));
}
