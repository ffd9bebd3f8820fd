import type { SyntaxNode } from "../../../parse/syntax-node.js";
import type { FileFacts } from "../../../graph/facts.js";
import type { ParsedFile } from "../../../model/block.js";
import { BlockScopes } from "./block-scopes.js";
import { visitClass } from "./classes.js";
import { visitAmbient, visitEnum, visitInterface, visitNamespace, visitTypeAlias } from "./declarations.js";
import { commonJsExportFacts, esExportFacts } from "./export-facts.js";
import { FileCollector } from "./file-collector.js";
import { visitFunction } from "./functions.js";
import { importFacts } from "./import-facts.js";
import {
  visitChain, visitJsxAttribute, visitJsxElement, visitNestedTypeIdentifier, visitShorthandProperty, visitTypeIdentifier, visitTypeParameter,
} from "./references.js";
import type { Scope } from "./scope.js";
import { visitAssignment, visitCatch, visitDeclarator, visitExport, visitForIn } from "./statements.js";
import { visitChildren, type Handler, type Walker } from "./walker.js";

const HANDLERS: Readonly<Record<string, Handler>> = {
  identifier: visitChain,
  this: visitChain,
  super: visitChain,
  member_expression: visitChain,
  call_expression: visitChain,
  new_expression: visitChain,
  non_null_expression: visitChain,
  shorthand_property_identifier: visitShorthandProperty,
  type_identifier: visitTypeIdentifier,
  nested_type_identifier: visitNestedTypeIdentifier,
  type_parameter: visitTypeParameter,
  function_declaration: visitFunction,
  generator_function_declaration: visitFunction,
  function_signature: visitFunction,
  arrow_function: visitFunction,
  function_expression: visitFunction,
  function: visitFunction,
  generator_function: visitFunction,
  method_definition: visitFunction,
  method_signature: visitFunction,
  abstract_method_signature: visitFunction,
  construct_signature: visitFunction,
  call_signature: visitFunction,
  class_declaration: visitClass,
  abstract_class_declaration: visitClass,
  class: visitClass,
  interface_declaration: visitInterface,
  type_alias_declaration: visitTypeAlias,
  enum_declaration: visitEnum,
  internal_module: visitNamespace,
  module: visitNamespace,
  ambient_declaration: visitAmbient,
  variable_declarator: visitDeclarator,
  assignment_expression: visitAssignment,
  for_in_statement: visitForIn,
  catch_clause: visitCatch,
  export_statement: visitExport,
  jsx_opening_element: visitJsxElement,
  jsx_self_closing_element: visitJsxElement,
  jsx_attribute: visitJsxAttribute,
};

/** Nodes that hold nothing to resolve (imports are read by collectModuleStatements). */
const SKIPPED: ReadonlySet<string> = new Set([
  "comment", "string", "number", "regex", "true", "false", "null", "undefined", "property_identifier",
  "private_property_identifier", "statement_identifier", "predefined_type", "literal_type", "meta_property",
  "hash_bang_line", "jsx_text", "jsx_closing_element", "import_statement", "import_alias", "escape_sequence",
  "string_fragment", "html_comment", "empty_statement", "debugger_statement",
]);

/** Import and export statements of the file itself (not of its namespaces), through ERROR nodes. */
function collectModuleStatements(root: SyntaxNode, collector: FileCollector): void {
  const pending: SyntaxNode[] = [root];
  for (let container = pending.pop(); container; container = pending.pop()) {
    for (const statement of container.namedChildren) {
      if (!statement) continue;
      if (statement.type === "ERROR") pending.push(statement);
      else if (statement.type === "import_statement") collector.imports.push(...importFacts(statement));
      else if (statement.type === "export_statement") esExportFacts(statement, collector);
      else if (statement.type === "expression_statement") commonJsExportFacts(statement, collector);
    }
  }
}

interface Task {
  node: SyntaxNode;
  scope: Scope;
}

/**
 * The name-resolution facts of a TypeScript, TSX or JavaScript file (see ./README.md), in one
 * walk of its tree: each node is handled in the scope of the block whose text it is, found by
 * position, with an explicit work list so deep nesting cannot exhaust the call stack.
 */
export function extractTypeScriptFacts(file: ParsedFile, root: SyntaxNode): FileFacts {
  const collector = new FileCollector(file);
  collectModuleStatements(root, collector);
  const scopes = new BlockScopes(file.blocks, collector);
  let batch: Task[] = [];
  const walker: Walker = {
    file: collector,
    visit: (node, scope) => {
      if (node) batch.push({ node, scope });
    },
    claims: (node, scope, peek = false) => scopes.claims(node, scope, peek),
  };
  const stack: Task[] = [{ node: root, scope: scopes.root(file.blocks.find((block) => block.kind === "module")) }];
  for (let task = stack.pop(); task; task = stack.pop()) {
    const type = task.node.type;
    if (SKIPPED.has(type)) continue;
    batch = [];
    const scope = scopes.enter(task.node, task.scope);
    const handler = HANDLERS[type];
    if (handler) handler(task.node, scope, walker);
    else visitChildren(walker, task.node, scope);
    for (let i = batch.length - 1; i >= 0; i--) stack.push(batch[i] as Task);
  }
  return collector.finish();
}
