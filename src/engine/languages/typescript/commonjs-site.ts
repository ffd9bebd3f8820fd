import type { SyntaxNode } from "../../parse/syntax-node.js";
import type { DefinitionSite, OuterRange } from "./definition-site.js";
import { valueSite } from "./value-site.js";

const NAMED_EXPORT = /^(?:module\.)?exports\.([\p{L}\p{Nl}$_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}$]*)$/u;

/** `exports.name` and `module.exports.name` export `name`; `module.exports` is the default export. */
function exportedName(target: SyntaxNode | null): string {
  if (target?.type !== "member_expression") return "";
  const path = target.text.replace(/\s+/g, "");
  if (path === "module.exports") return "default";
  return NAMED_EXPORT.exec(path)?.[1] ?? "";
}

/**
 * The definition a CommonJS export assignment makes: `exports.name = function …` or
 * `module.exports.name = (…) => …` is the function `name`, and `module.exports = function …` (or
 * `= class …`) is `default`, as an ES `export default` would be. Other assignments define nothing.
 */
export function commonJsSite(assignment: SyntaxNode, outer: OuterRange): DefinitionSite | undefined {
  const name = exportedName(assignment.childForFieldName("left"));
  return valueSite(assignment.childForFieldName("right"), name, outer);
}
