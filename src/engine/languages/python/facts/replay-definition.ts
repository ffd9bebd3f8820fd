import type { BlockFacts } from "../../../graph/facts.js";
import type { Block } from "../../../model/block.js";
import type { SyntaxNode } from "../../../parse/syntax-node.js";
import type { ClassCollector } from "./class-collector.js";
import { movedBlockFacts } from "../../../graph/moved-facts.js";
import { movedEffect, type Effect } from "./definition-log.js";
import type { FileCollector } from "./file-collector.js";
import type { Scope } from "./scope.js";
import type { Walker } from "./walker.js";

/** A definition's text, decorators included: its block's span (read without asking the parser where the node ends). */
export function definitionText(node: SyntaxNode, block: Block): string {
  return node.tree.source.slice(block.span.start, block.span.end);
}

const NO_ENTRIES: readonly (readonly [string, string])[] = [];

/** A class's field annotations known so far, as `[name, annotation]` pairs. */
export function entriesOf(classFacts: ClassCollector | undefined): readonly (readonly [string, string])[] {
  return classFacts && classFacts.annotations.size > 0 ? [...classFacts.annotations] : NO_ENTRIES;
}

function sameEntries(a: readonly (readonly [string, string])[], b: readonly (readonly [string, string])[]): boolean {
  return a.length === b.length && a.every(([name, annotation], index) => b[index]?.[0] === name && b[index]?.[1] === annotation);
}

function apply(effect: Effect, file: FileCollector, classFacts: ClassCollector | undefined): void {
  switch (effect.kind) {
    case "imports":
      return file.addImports(effect.facts);
    case "value":
      return file.addValue(effect.fact);
    case "class":
      return file.addClass(effect.source);
    case "member":
      return classFacts?.addMember(effect.fact);
    case "field":
      return classFacts?.addField(effect.rank, effect.fact);
    case "annotation":
      return classFacts?.annotate(effect.name, effect.annotation);
  }
}

/**
 * Walks nothing when the file's previous version had this definition with the same text, as the
 * same block, in the same class with the same annotations known: its blocks' facts and its effects
 * on the file and the class are the previous ones, moved by the lines it moved. False when it must be walked.
 */
export function replayDefinition(node: SyntaxNode, block: Block, scope: Scope, walker: Walker): boolean {
  return replayDefinitionAt(definitionText(node, block), node.startPosition.row + 1, block, scope, walker);
}

/** replayDefinition for a definition with this text starting on this (1-based) line, whether or not the tree has it. */
export function replayDefinitionAt(text: string, line: number, block: Block, scope: Scope, walker: Walker): boolean {
  const log = walker.previousLog(block.id);
  if (!log) return false;
  const classFacts = scope.kind === "class" ? scope.classFacts : undefined;
  if (log.classId !== classFacts?.blockId || !sameEntries(log.annotations, entriesOf(classFacts)) || log.text !== text) return false;
  const facts: BlockFacts[] = [];
  for (const inside of walker.blocksIn(block)) {
    const previous = walker.previousFacts(inside.id);
    if (!previous) return false;
    facts.push(previous);
  }
  const delta = line - log.line;
  walker.beginDefinition(block.id, { ...log, line, effects: [] });
  for (const previous of facts) walker.file.adoptFacts(movedBlockFacts(previous, delta));
  for (const effect of log.effects) apply(movedEffect(effect, delta), walker.file, classFacts);
  return true;
}
