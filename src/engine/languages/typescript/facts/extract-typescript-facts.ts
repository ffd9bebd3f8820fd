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
import { visitAssignment, visitCatch, visitDeclarator, visitExport, visitForIn } from "./statements.js";
import { StatementLogs, keepStatementLogs } from "./statement-logs.js";
import { StatementWalk, movedMemberLog } from "./statement-walk.js";
import { TakenOver } from "./taken-over-statements.js";
import type { Handler } from "./walker.js";
import { WatchedNames } from "./watched-names.js";

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

/**
 * The name-resolution facts of a TypeScript, TSX or JavaScript file (see ./README.md), in one
 * walk of its tree, a top-level statement at a time: each node is handled in the scope of the
 * block whose text it is, found by position. Given the file's previous version, the statements it
 * has unchanged are not walked, nor the members of a class the edit left alone: their part of the
 * facts is taken over (see StatementLogs).
 */
export function extractTypeScriptFacts(file: ParsedFile, root: SyntaxNode, previous?: ParsedFile): FileFacts {
  const collector = new FileCollector(file);
  collectModuleStatements(root, collector);
  const takenOver = TakenOver.of(file, root, previous);
  const names = new WatchedNames();
  const scopes = new BlockScopes(file.blocks, collector);
  const moduleScope = scopes.root(file.blocks.find((block) => block.kind === "module"), names);
  const walk = new StatementWalk(collector, scopes, HANDLERS, SKIPPED);
  const logs = new StatementLogs(collector.values);
  for (const statement of root.namedChildren) {
    logs.begin(statement.startIndex, statement.endIndex, statement.type, statement.startPosition.row + 1, collector.lengths());
    const taken = takenOver?.statements.get(statement.index);
    if (takenOver && taken) {
      collector.takeOver(takenOver.lists, taken.log.from, taken.log.to, taken.lines);
      for (const blockFacts of taken.blockFacts) collector.adoptFacts(blockFacts);
      for (const member of takenOver.previousMembers(taken.log.index)) logs.addMember(movedMemberLog(member, taken.delta, taken.lines));
      names.replay(taken.log.writes);
      logs.end(collector.lengths(), true, taken.log.writes);
      continue;
    }
    names.begin();
    walk.walk(statement, moduleScope, logs, takenOver?.membersOf(statement));
    logs.end(collector.lengths(), !names.read, names.writes);
  }
  const facts = collector.finish();
  if (!root.hasError) keepStatementLogs(facts, logs);
  return facts;
}
