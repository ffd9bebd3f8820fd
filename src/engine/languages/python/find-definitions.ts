import type { SyntaxNode } from "../../parse/syntax-node.js";
import type { RawDefinition, SkippedDefinition } from "../language-support.js";
import { bodyStartOf } from "./body-start.js";
import { functionKind, type PythonScope } from "./function-kind.js";
import { ReusableDefinitions } from "./reusable-definitions.js";
import { skippedRawDefinitions } from "./skipped-definitions.js";
import { TRANSPARENT } from "./transparent-statements.js";
import type { ParsedFile } from "../../model/block.js";


function pushChildrenReversed(node: SyntaxNode, pending: SyntaxNode[]): void {
  for (let i = node.namedChildCount - 1; i >= 0; i--) {
    const child = node.namedChild(i);
    if (child) pending.push(child);
  }
}

/** The previous version's definition when it has `node`'s text in the same kind of scope (see ReusableDefinitions). */
function reused(node: SyntaxNode, scope: PythonScope, reusable: ReusableDefinitions | undefined): RawDefinition | undefined {
  if (!reusable || scope === "function") return undefined;
  return reusable.find(scope, node.text, node.startIndex);
}

/** The definitions directly in `container`'s scope, in source order, each with its own nested ones. */
function definitionsIn(container: SyntaxNode, scope: PythonScope, reusable?: ReusableDefinitions): RawDefinition[] {
  const found: RawDefinition[] = [];
  // An explicit stack: deeply nested compound statements must not exhaust the call stack.
  const pending: SyntaxNode[] = [];
  pushChildrenReversed(container, pending);
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.type === "function_definition" || node.type === "class_definition") {
      const definition = reused(node, scope, reusable) ?? toRawDefinition(node, [], scope, reusable);
      if (definition) found.push(definition);
    } else if (node.type === "decorated_definition") {
      const definition = reused(node, scope, reusable) ?? decoratedDefinition(node, scope, reusable);
      if (definition) found.push(definition);
    } else if (TRANSPARENT.has(node.type)) {
      pushChildrenReversed(node, pending);
    }
  }
  return found;
}

/** Decorators belong to the definition: its span starts at the first `@`. */
function decoratedDefinition(decorated: SyntaxNode, scope: PythonScope, reusable: ReusableDefinitions | undefined): RawDefinition | undefined {
  const inner = decorated.childForFieldName("definition");
  if (inner?.type !== "function_definition" && inner?.type !== "class_definition") return undefined;
  const decorators = decorated.namedChildren.filter((child): child is SyntaxNode => child?.type === "decorator");
  const definition = toRawDefinition(inner, decorators, scope, reusable);
  return definition && { ...definition, start: decorated.startIndex };
}

/**
 * Whether a function body can hold a nested `def` or `class`: not when its text has neither word
 * (each of those statements starts with one) and the file has no syntax error (error recovery may
 * leave a keyword MISSING). Most bodies have none; their statements are then not read here at all.
 */
function mayHoldDefinitions(node: SyntaxNode, start: number, end: number): boolean {
  if (node.tree.hasError) return true;
  const text = node.tree.source.slice(start, end);
  return text.includes("def") || text.includes("class");
}

/** A `def` or `class` as a raw definition; undefined when a syntax error left it without a name. */
function toRawDefinition(node: SyntaxNode, decorators: readonly SyntaxNode[], scope: PythonScope, reusable: ReusableDefinitions | undefined): RawDefinition | undefined {
  const name = node.childForFieldName("name");
  if (!name || name.isMissing) return undefined;
  const isClass = node.type === "class_definition";
  const body = node.childForFieldName("body");
  const end = node.endIndex;
  return {
    name: name.text,
    kind: isClass ? "class" : functionKind({ name: name.text, decorators, scope }),
    start: node.startIndex,
    end,
    bodyStart: bodyStartOf(node, body),
    children: body && (isClass || mayHoldDefinitions(node, body.startIndex, end)) ? definitionsIn(body, isClass ? "class" : "function", reusable) : [],
  };
}

/**
 * The module's definitions for the code model: functions, classes, methods (`__init__` as the
 * constructor, property getters/setters/deleters as accessors) and nested definitions. Given the
 * file's previous version, the definitions whose text did not change are taken over from it, and
 * so are the `skipped` ones, which the tree does not have (undefined when they do not fit it).
 */
export function findPythonDefinitions(root: SyntaxNode, previous?: ParsedFile, skipped?: readonly SkippedDefinition[]): RawDefinition[] | undefined {
  const found = definitionsIn(root, "module", ReusableDefinitions.of(previous, previous !== undefined && root.hasError));
  if (!skipped?.length || !previous) return found;
  const taken = skippedRawDefinitions(root, previous, skipped);
  return taken && [...found, ...taken].sort((a, b) => a.start - b.start);
}
