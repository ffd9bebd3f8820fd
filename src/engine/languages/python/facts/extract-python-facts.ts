import type { SyntaxNode } from "../../../parse/syntax-node.js";
import type { FileFacts } from "../../../graph/facts.js";
import { definitionLogs } from "./definition-log.js";
import type { Block, ParsedFile } from "../../../model/block.js";
import { accessChain } from "./access-chain.js";
import { visitDefinition } from "./definitions.js";
import { replayDefinitionAt } from "./replay-definition.js";
import type { SkippedDefinition } from "../../language-support.js";
import { FileCollector } from "./file-collector.js";
import type { Scope } from "./scope.js";
import { isTypeTest, STATEMENT_HANDLERS, typeTestClasses, type Handler } from "./statement-handlers.js";
import { visitChildren, type Walker } from "./walker.js";
import { reverseFrom } from "../../reverse-from.js";

/** An attribute/call chain is one reference; its call arguments and a non-name base are walked on their own. */
const chain: Handler = (node, scope, walker) => {
  const found = accessChain(node);
  if (found.path) walker.file.reference(scope, { kind: "expression", path: found.path, line: found.line });
  walker.visit(found.base, scope);
  for (const argumentList of found.arguments) {
    const call = argumentList.parent;
    if (call && isTypeTest(call)) {
      const [subject, ...classes] = argumentList.namedChildren;
      walker.visit(subject, scope);
      for (const classNode of classes) if (classNode) typeTestClasses(classNode, scope, walker);
    } else {
      walker.visit(argumentList, scope);
    }
  }
};

/** Tokens: nothing to resolve and no children to look for (asking for them costs a call into the parser). */
const ignore: Handler = () => undefined;

/**
 * A string: only an f-string (or t-string) holds expressions (its interpolations); the parts of any
 * other string are text. The prefix before the quote says which it is, without reading the parts.
 */
const stringLiteral: Handler = (node, scope, walker) => {
  if (hasFormatPrefix(node.tree.source, node.startIndex)) visitChildren(walker, node, scope);
};

function hasFormatPrefix(source: string, start: number): boolean {
  for (let i = start; i < source.length; i++) {
    const char = source[i];
    if (char === '"' || char === "'") return false;
    if (char === "f" || char === "F" || char === "t" || char === "T") return true;
  }
  return false;
}

const HANDLERS: Readonly<Record<string, Handler>> = {
  ...STATEMENT_HANDLERS,
  identifier: chain,
  attribute: chain,
  call: chain,
  function_definition: visitDefinition,
  class_definition: visitDefinition,
  decorated_definition: visitDefinition,
  string: stringLiteral,
  comment: ignore,
  string_content: ignore,
  string_start: ignore,
  string_end: ignore,
  escape_sequence: ignore,
  integer: ignore,
  float: ignore,
  true: ignore,
  false: ignore,
  none: ignore,
  ellipsis: ignore,
};

/**
 * The name-resolution facts of a Python file, in one walk of its tree: each node is handled in the
 * scope of the block whose text it is (definitions open a new scope), with an explicit work list
 * so deep nesting cannot exhaust the call stack. The `skipped` definitions of the module, which the
 * tree does not have, are replayed from the previous version where the walk reaches them (undefined
 * when one cannot be).
 */
export function extractPythonFacts(file: ParsedFile, root: SyntaxNode, previous?: ParsedFile, skipped: readonly SkippedDefinition[] = []): FileFacts | undefined {
  const collector = new FileCollector(file);
  const blocksByStart = new Map<number, Block>();
  for (const block of file.blocks) if (block.kind !== "module") blocksByStart.set(block.span.start, block);
  const indexOf = new Map(file.blocks.map((block, index) => [block.id, index]));
  // A syntax error can change how the same text parses: definitions are taken over only between error-free versions.
  const reusable = previous && previous.problems.length === 0 && file.problems.length === 0 ? previous.facts : undefined;
  const previousLogs = definitionLogs(reusable);
  const previousFacts = previousLogs && new Map(reusable?.blocks.map((facts) => [facts.blockId, facts]));
  const moduleBlock = file.blocks.find((block) => block.kind === "module");
  // The work list as two parallel stacks; a handler's visits are pushed in source order, then reversed in place.
  const moduleScope: Scope = { kind: "module", facts: moduleBlock && collector.factsOf(moduleBlock.id) };
  const nodes: SyntaxNode[] = [root];
  const scopes: Scope[] = [moduleScope];
  let nextReplay = 0;
  const walker: Walker = {
    file: collector,
    visit: (node, scope) => {
      if (!node) return;
      nodes.push(node);
      scopes.push(scope);
    },
    blockAt: (start) => blocksByStart.get(start),
    blocksIn: (block) => {
      const inside = [block];
      for (let index = (indexOf.get(block.id) ?? file.blocks.length) + 1; index < file.blocks.length; index++) {
        const nested = file.blocks[index] as Block;
        if (nested.span.start >= block.span.end) break;
        inside.push(nested);
      }
      return inside;
    },
    beginDefinition: (blockId, log) => collector.recorder.begin(blockId, log, nodes.length),
    previousLog: (blockId) => previousLogs?.get(blockId),
    previousFacts: (blockId) => previousFacts?.get(blockId),
  };
  while (nodes.length > 0 || nextReplay < skipped.length) {
    collector.recorder.endDown(nodes.length);
    const replay = skipped[nextReplay];
    const start = replay && replay.block.span.start + replay.delta;
    if (start !== undefined && start < (nodes[nodes.length - 1]?.startIndex ?? Infinity)) {
      nextReplay++;
      const block = blocksByStart.get(start);
      if (!block || !replayDefinitionAt(file.text.slice(block.span.start, block.span.end), block.span.startLine, block, moduleScope, walker)) return undefined;
      collector.recorder.endDown(nodes.length);
      continue;
    }
    const node = nodes.pop() as SyntaxNode;
    const scope = scopes.pop() as Scope;
    const first = nodes.length;
    const handler = HANDLERS[node.type];
    if (handler) handler(node, scope, walker);
    else visitChildren(walker, node, scope);
    reverseFrom(nodes, first);
    reverseFrom(scopes, first);
  }
  return collector.finish();
}
