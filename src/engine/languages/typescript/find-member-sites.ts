import type { Node } from "web-tree-sitter";
import type { DefinitionSite } from "./definition-site.js";
import { findNestedSites } from "./find-nested-sites.js";
import { memberSite } from "./member-site.js";

/** Members whose code can declare functions: field initialisers and static blocks. */
const HOLDS_CODE: ReadonlySet<string> = new Set(["public_field_definition", "field_definition", "class_static_block"]);

/**
 * The block definitions in a class or interface body, in source order: its methods and method
 * signatures, and the function or class declarations inside field initialisers and static blocks.
 * tree-sitter-typescript puts a method's decorators beside it in the body rather than inside it,
 * so a run of decorators (comments between them allowed) moves the next method's start back.
 */
export function findMemberSites(body: Node): DefinitionSite[] {
  const found: DefinitionSite[] = [];
  let decoratorStart: number | undefined;
  for (const child of body.namedChildren) {
    if (!child || child.type === "comment") continue;
    if (child.type === "decorator") {
      decoratorStart ??= child.startIndex;
      continue;
    }
    const site = memberSite(child, decoratorStart ?? child.startIndex);
    if (site) found.push(site);
    else if (HOLDS_CODE.has(child.type)) found.push(...findNestedSites(child));
    decoratorStart = undefined;
  }
  return found;
}
