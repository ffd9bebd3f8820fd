import type { SyntaxNode } from "../../../parse/syntax-node.js";
import { assertedType, requireSpecifier, valuePaths } from "./access-chain.js";
import { preferredValue, type FileCollector } from "./file-collector.js";
import { specifierName, stringValue } from "./import-facts.js";
import { declaredType } from "./type-name.js";
import { hasToken, lineOf } from "./walker.js";

const NAMED_DECLARATIONS: ReadonlySet<string> = new Set([
  "function_declaration", "generator_function_declaration", "function_signature", "class_declaration",
  "abstract_class_declaration", "interface_declaration", "type_alias_declaration", "enum_declaration", "internal_module",
]);

/** Values that are blocks of their own when bound to a name (see ../value-site.ts). */
const DEFINITION_VALUES: ReadonlySet<string> = new Set(["arrow_function", "function_expression", "function", "generator_function", "class"]);

/** Every identifier a binding pattern declares. */
function patternNames(pattern: SyntaxNode | null): string[] {
  if (!pattern) return [];
  if (pattern.type === "identifier" || pattern.type === "shorthand_property_identifier_pattern") return [pattern.text];
  if (pattern.type === "pair_pattern") return patternNames(pattern.childForFieldName("value"));
  if (pattern.type === "assignment_pattern" || pattern.type === "object_assignment_pattern") return patternNames(pattern.childForFieldName("left"));
  return pattern.namedChildren.flatMap((child) => patternNames(child));
}

/** The names a declaration declares: `function f`, `class C`, `const a = …, { b } = …`, `declare …`. */
function declaredNames(declaration: SyntaxNode): string[] {
  if (NAMED_DECLARATIONS.has(declaration.type)) {
    const name = declaration.childForFieldName("name")?.text;
    return name ? [name] : [];
  }
  if (declaration.type === "lexical_declaration" || declaration.type === "variable_declaration") {
    return declaration.namedChildren.filter((child) => child?.type === "variable_declarator").flatMap((child) => patternNames(child?.childForFieldName("name") ?? null));
  }
  if (declaration.type === "ambient_declaration" && declaration.firstNamedChild) return declaredNames(declaration.firstNamedChild);
  return [];
}

function unwrapped(value: SyntaxNode): SyntaxNode {
  let node = value;
  while (node.type === "parenthesized_expression" && node.firstNamedChild) node = node.firstNamedChild;
  return node;
}

/**
 * `exported` names `value`: an identifier is exported as itself; a function or class value is the
 * block the extractor named `blockName`; any other value becomes a module value under `local`.
 */
function exportValue(collector: FileCollector, value: SyntaxNode, exported: string, names: { blockName: string; local: string }): void {
  const node = unwrapped(value);
  if (node.type === "identifier") {
    collector.exports.push({ local: node.text, exported });
    return;
  }
  if (DEFINITION_VALUES.has(node.type)) {
    collector.exports.push({ local: names.blockName, exported });
    return;
  }
  const path = preferredValue(valuePaths(node));
  const type = declaredType(assertedType(node));
  collector.addValue({ name: names.local, ...(type && { type }), ...(path && { value: path }), line: lineOf(node) });
  collector.exports.push({ local: names.local, exported });
}

function reexport(statement: SyntaxNode, specifier: string, collector: FileCollector): void {
  const line = lineOf(statement);
  const clause = statement.namedChildren.find((child) => child?.type === "export_clause");
  const namespace = statement.namedChildren.find((child) => child?.type === "namespace_export");
  if (clause) {
    const names: { imported: string; local: string }[] = [];
    for (const child of clause.namedChildren) {
      if (child?.type !== "export_specifier") continue;
      const imported = specifierName(child.childForFieldName("name"));
      const local = specifierName(child.childForFieldName("alias")) ?? imported;
      if (imported && local) names.push({ imported, local });
    }
    collector.imports.push({ kind: "names", specifier, names, reexport: true, line });
  } else if (namespace) {
    const local = specifierName(namespace.namedChildren.find((child) => child?.type === "identifier" || child?.type === "string"));
    if (local) collector.imports.push({ kind: "module", specifier, names: [{ imported: "*", local }], reexport: true, line });
  } else {
    collector.imports.push({ kind: "star", specifier, names: [], reexport: true, line });
  }
}

/**
 * The exports of an ES `export` statement: declarations (`export function f` → f), lists
 * (`export { a as b }`), defaults (`export default X` / `function f` / an expression → `default`),
 * `export = X` (as the default), and re-exports, which are imports marked `reexport`.
 */
export function esExportFacts(statement: SyntaxNode, collector: FileCollector): void {
  const source = stringValue(statement.childForFieldName("source"));
  if (source !== undefined) {
    reexport(statement, source, collector);
    return;
  }
  const isDefault = hasToken(statement, "default");
  const declaration = statement.childForFieldName("declaration");
  if (declaration) {
    for (const name of declaredNames(declaration)) collector.exports.push({ local: name, exported: isDefault ? "default" : name });
    return;
  }
  const value = statement.childForFieldName("value");
  if (value) {
    exportValue(collector, value, "default", { blockName: "default", local: "default" });
    return;
  }
  if (hasToken(statement, "=")) {
    const target = statement.namedChildren.find((child) => child !== null && child.type !== "comment");
    if (target) exportValue(collector, target, "default", { blockName: "default", local: "export=" });
    return;
  }
  for (const clause of statement.namedChildren) {
    if (clause?.type !== "export_clause") continue;
    for (const child of clause.namedChildren) {
      if (child?.type !== "export_specifier") continue;
      const local = specifierName(child.childForFieldName("name"));
      const exported = specifierName(child.childForFieldName("alias")) ?? local;
      if (local && exported) collector.exports.push({ local, exported });
    }
  }
}

function moduleExportsObject(object: SyntaxNode, collector: FileCollector): void {
  for (const entry of object.namedChildren) {
    if (entry?.type === "shorthand_property_identifier") collector.exports.push({ local: entry.text, exported: entry.text });
    if (entry?.type !== "pair") continue;
    const key = entry.childForFieldName("key");
    const value = entry.childForFieldName("value");
    const name = key?.type === "string" ? stringValue(key) : key?.type === "property_identifier" ? key.text : undefined;
    if (!name || !value || DEFINITION_VALUES.has(unwrapped(value).type)) continue;
    exportValue(collector, value, name, { blockName: name, local: `module.exports.${name}` });
  }
}

const NAMED_EXPORT = /^(?:module\.)?exports\.([\p{L}\p{Nl}$_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}$]*)$/u;

/**
 * CommonJS exports in a top-level statement: `module.exports = X` (the default; an object literal
 * exports its keys), `exports.name = …` / `module.exports.name = …`, and `module.exports =
 * require("m")` (a star re-export).
 */
export function commonJsExportFacts(statement: SyntaxNode, collector: FileCollector): void {
  const assignment = statement.firstNamedChild;
  if (assignment?.type !== "assignment_expression") return;
  const left = assignment.childForFieldName("left");
  const right = assignment.childForFieldName("right");
  if (left?.type !== "member_expression" || !right) return;
  const target = left.text.replace(/\s+/g, "");
  const required = requireSpecifier(right);
  if (target === "module.exports") {
    if (required !== undefined) collector.imports.push({ kind: "star", specifier: required, names: [], reexport: true, line: lineOf(statement) });
    else if (unwrapped(right).type === "object") moduleExportsObject(unwrapped(right), collector);
    else exportValue(collector, right, "default", { blockName: "default", local: "module.exports" });
    return;
  }
  const name = NAMED_EXPORT.exec(target)?.[1];
  if (!name) return;
  if (required !== undefined) {
    collector.imports.push({ kind: "module", specifier: required, names: [{ imported: "*", local: name }], reexport: true, line: lineOf(statement) });
  } else {
    exportValue(collector, right, name, { blockName: name, local: `exports.${name}` });
  }
}
