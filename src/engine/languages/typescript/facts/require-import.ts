import type { SyntaxNode } from "../../../parse/syntax-node.js";
import type { ImportFact } from "../../../graph/facts.js";
import { requireSpecifier } from "./access-chain.js";
import { lineOf } from "./walker.js";

/** The names `{ a, b: c }` takes from an object: imported → local. */
function destructuredNames(pattern: SyntaxNode): { imported: string; local: string }[] {
  const names: { imported: string; local: string }[] = [];
  for (const child of pattern.namedChildren) {
    if (child?.type === "shorthand_property_identifier_pattern") names.push({ imported: child.text, local: child.text });
    if (child?.type === "pair_pattern") {
      const key = child.childForFieldName("key");
      const value = child.childForFieldName("value");
      if (key && value?.type === "identifier") names.push({ imported: key.text.replace(/^["']|["']$/g, ""), local: value.text });
    }
  }
  return names;
}

/**
 * The import a CommonJS declarator makes: `const x = require("m")` (module), `const { a, b: c } =
 * require("m")` and `const x = require("m").a` (names). Undefined for any other declarator.
 */
export function requireImport(declarator: SyntaxNode): ImportFact | undefined {
  const name = declarator.childForFieldName("name");
  let value = declarator.childForFieldName("value");
  let member: string | undefined;
  if (value?.type === "member_expression" && requireSpecifier(value.childForFieldName("object")) !== undefined) {
    member = value.childForFieldName("property")?.text;
    value = value.childForFieldName("object");
  }
  const specifier = requireSpecifier(value);
  if (specifier === undefined || !name) return undefined;
  const line = lineOf(declarator);
  if (name.type === "identifier") {
    if (member) return { kind: "names", specifier, names: [{ imported: member, local: name.text }], line };
    return { kind: "module", specifier, names: [{ imported: "*", local: name.text }], line };
  }
  if (name.type === "object_pattern" && !member) return { kind: "names", specifier, names: destructuredNames(name), line };
  return { kind: "names", specifier, names: [], line };
}
