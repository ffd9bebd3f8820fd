import type { SyntaxNode } from "../../parse/syntax-node.js";
import type { DefinitionSite } from "./definition-site.js";
import { findNestedSites } from "./find-nested-sites.js";
import { memberSite } from "./member-site.js";

/** The code inside a member that is no block itself: a field's initialiser, a static block. */
function codeOf(member: SyntaxNode): SyntaxNode | null {
  if (member.type === "class_static_block") return member;
  const isField = member.type === "public_field_definition" || member.type === "field_definition";
  return isField ? member.childForFieldName("value") : null;
}

/**
 * The block definitions in a class or interface body, in source order: its methods and method
 * signatures, and the function or class declarations inside field initialisers and static blocks.
 * tree-sitter-typescript puts a method's decorators beside it in the body rather than inside it,
 * so a run of decorators (comments between them allowed) moves the next method's start back.
 */
export function findMemberSites(body: SyntaxNode): DefinitionSite[] {
  const found: DefinitionSite[] = [];
  let decoratorStart: number | undefined;
  for (const child of body.namedChildren) {
    if (!child || child.type === "comment") continue;
    if (child.type === "decorator") {
      decoratorStart ??= child.startIndex;
      continue;
    }
    const site = memberSite(child, decoratorStart ?? child.startIndex);
    const code = site ? null : codeOf(child);
    if (site) found.push(site);
    else if (code) found.push(...findNestedSites(code));
    decoratorStart = undefined;
  }
  return found;
}
