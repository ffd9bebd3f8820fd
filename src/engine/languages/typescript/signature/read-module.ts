import type { Node } from "web-tree-sitter";
import type { ModuleEntry } from "../../../classify/contract.js";
import { childrenOf, collapse, namedChildrenOf } from "../../../classify/syntax/children.js";

/** Values that make a declarator a function or class block of its own, not a module-level name. */
const BLOCK_VALUES = new Set(["arrow_function", "function_expression", "function", "generator_function", "class"]);
const SEE_THROUGH = new Set(["parenthesized_expression", "as_expression", "satisfies_expression"]);

function sourceOf(statement: Node): string | undefined {
  const source = statement.childForFieldName("source");
  return source ? namedChildrenOf(source).map((part) => part.text).join("") : undefined;
}

function isBlockValue(value: Node | null): boolean {
  let node = value;
  while (node && SEE_THROUGH.has(node.type)) node = namedChildrenOf(node)[0] ?? null;
  return !!node && BLOCK_VALUES.has(node.type);
}

function importEntries(statement: Node): ModuleEntry[] {
  const source = sourceOf(statement) ?? "";
  const typeOnly = childrenOf(statement).some((child) => child.type === "type") ? "type " : "";
  const clause = namedChildrenOf(statement).find((child) => child.type === "import_clause");
  const require = namedChildrenOf(statement).find((child) => child.type === "import_require_clause");
  if (require) {
    const name = namedChildrenOf(require)[0]?.text ?? source;
    return [{ kind: "import", name, source, text: collapse(statement.text) }];
  }
  if (!clause) return [{ kind: "import", name: source, source, text: `import "${source}"` }];
  const entries: ModuleEntry[] = [];
  for (const part of namedChildrenOf(clause)) {
    if (part.type === "identifier") entries.push({ kind: "import", name: part.text, source, text: `import ${typeOnly}${part.text} from "${source}"` });
    if (part.type === "namespace_import") {
      const name = namedChildrenOf(part)[0]?.text ?? "*";
      entries.push({ kind: "import", name, source, text: `import ${typeOnly}* as ${name} from "${source}"` });
    }
    for (const specifier of part.type === "named_imports" ? namedChildrenOf(part) : []) {
      if (specifier.type !== "import_specifier") continue;
      const name = specifier.childForFieldName("alias")?.text ?? specifier.childForFieldName("name")?.text ?? "";
      entries.push({ kind: "import", name, source, text: `import ${typeOnly}{ ${collapse(specifier.text)} } from "${source}"` });
    }
  }
  return entries;
}

function declarationEntries(declaration: Node, exported: boolean): ModuleEntry[] {
  const keyword = childrenOf(declaration)[0]?.text ?? "const";
  return namedChildrenOf(declaration)
    .filter((declarator) => declarator.type === "variable_declarator" && !isBlockValue(declarator.childForFieldName("value")))
    .map((declarator) => ({
      kind: "global",
      name: collapse(declarator.childForFieldName("name")?.text ?? ""),
      text: `${exported ? "export " : ""}${keyword} ${collapse(declarator.text)}`,
    }));
}

function exportEntries(statement: Node): ModuleEntry[] {
  const declaration = statement.childForFieldName("declaration");
  if (declaration) return declaration.type === "lexical_declaration" || declaration.type === "variable_declaration" ? declarationEntries(declaration, true) : [];
  const source = sourceOf(statement);
  const from = source !== undefined ? { source } : {};
  const clause = namedChildrenOf(statement).find((child) => child.type === "export_clause");
  if (clause) {
    return namedChildrenOf(clause)
      .filter((specifier) => specifier.type === "export_specifier")
      .map((specifier) => ({ kind: "export", name: specifier.childForFieldName("alias")?.text ?? specifier.childForFieldName("name")?.text ?? "", ...from, text: collapse(specifier.text) + (source ? ` from "${source}"` : "") }));
  }
  const value = statement.childForFieldName("value");
  if (value && !isBlockValue(value)) return [{ kind: "export", name: "default", text: collapse(statement.text) }];
  if (source !== undefined) return [{ kind: "export", name: `* from ${source}`, source, text: collapse(statement.text) }];
  return [];
}

/** The names a TypeScript/JavaScript module's own statements bind: imports, top-level variables (not function blocks), re-exports. */
export function readTypeScriptModule(root: Node): ModuleEntry[] {
  return namedChildrenOf(root).flatMap((statement) => {
    if (statement.type === "import_statement") return importEntries(statement);
    if (statement.type === "export_statement") return exportEntries(statement);
    if (statement.type === "lexical_declaration" || statement.type === "variable_declaration") return declarationEntries(statement, false);
    return [];
  });
}
