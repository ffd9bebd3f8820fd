import type { SyntaxNode } from "../../../parse/syntax-node.js";
import type { ImportFact } from "../../../graph/facts.js";
import { lineOf } from "./walker.js";

/** The text of a string literal node (`"./x"` → ./x). */
export function stringValue(node: SyntaxNode | null | undefined): string | undefined {
  if (node?.type !== "string") return undefined;
  return node.namedChildren.filter((child) => child?.type === "string_fragment").map((child) => child?.text ?? "").join("");
}

/** An import/export specifier's name: an identifier, or a string (`"a-b" as ab`). */
export function specifierName(node: SyntaxNode | null | undefined): string | undefined {
  if (!node) return undefined;
  return node.type === "string" ? stringValue(node) : node.text;
}

function namedImports(clause: SyntaxNode): { imported: string; local: string }[] {
  const names: { imported: string; local: string }[] = [];
  for (const specifier of clause.namedChildren) {
    if (specifier?.type !== "import_specifier") continue;
    const imported = specifierName(specifier.childForFieldName("name"));
    const local = specifierName(specifier.childForFieldName("alias")) ?? imported;
    if (imported && local) names.push({ imported, local });
  }
  return names;
}

/**
 * The facts of an ES import: `import d, { a as b } from "m"` (names, `default` for d),
 * `import * as ns from "m"` and `import x = require("m")` (module), `import "m"` (names, none).
 * `import type` resolves like any import.
 */
export function importFacts(statement: SyntaxNode): ImportFact[] {
  const line = lineOf(statement);
  const requireClause = statement.namedChildren.find((child) => child?.type === "import_require_clause");
  if (requireClause) {
    const local = requireClause.namedChildren.find((child) => child?.type === "identifier")?.text;
    const specifier = stringValue(requireClause.childForFieldName("source"));
    return local && specifier !== undefined ? [{ kind: "module", specifier, names: [{ imported: "*", local }], line }] : [];
  }
  const specifier = stringValue(statement.childForFieldName("source"));
  if (specifier === undefined) return [];
  const clause = statement.namedChildren.find((child) => child?.type === "import_clause");
  const names: { imported: string; local: string }[] = [];
  const facts: ImportFact[] = [];
  for (const part of clause?.namedChildren ?? []) {
    if (part?.type === "identifier") names.push({ imported: "default", local: part.text });
    else if (part?.type === "named_imports") names.push(...namedImports(part));
    else if (part?.type === "namespace_import") {
      const local = part.namedChildren.find((child) => child?.type === "identifier")?.text;
      if (local) facts.push({ kind: "module", specifier, names: [{ imported: "*", local }], line });
    }
  }
  if (names.length > 0 || facts.length === 0) facts.unshift({ kind: "names", specifier, names, line });
  return facts;
}
