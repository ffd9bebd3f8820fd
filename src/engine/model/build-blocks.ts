import type { RawDefinition } from "../languages/language-support.js";
import { blockId, type Block, type LanguageId } from "./block.js";
import { LineIndex } from "./line-index.js";

export const MODULE_SYMBOL = "<module>";

interface Scope {
  file: string;
  language: LanguageId;
  text: string;
  lines: LineIndex;
}

/** Text of [start, end) with the ranges of `children` cut out. */
export function cutChildren(text: string, start: number, end: number, children: readonly RawDefinition[]): string {
  let own = "";
  let cursor = start;
  for (const child of children) {
    own += text.slice(cursor, child.start);
    cursor = child.end;
  }
  return own + text.slice(cursor, end);
}

function hasContent(text: string): boolean {
  return /\S/.test(text);
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Names siblings: the second definition of a name in one scope is `name#2`, and so on. */
function siblingSymbols(parentSymbol: string | undefined, children: readonly RawDefinition[]): string[] {
  const seen = new Map<string, number>();
  return children.map((child) => {
    const count = (seen.get(child.name) ?? 0) + 1;
    seen.set(child.name, count);
    const name = count === 1 ? child.name : `${child.name}#${count}`;
    return parentSymbol ? `${parentSymbol}.${name}` : name;
  });
}

function addDefinitions(
  scope: Scope,
  parent: { symbol: string | undefined; id: string | undefined },
  definitions: readonly RawDefinition[],
  out: Block[],
): void {
  const symbols = siblingSymbols(parent.symbol, definitions);
  definitions.forEach((definition, index) => {
    const symbol = symbols[index] ?? definition.name;
    const id = blockId(scope.file, symbol);
    const hasBody = definition.bodyStart < definition.end;
    out.push({
      id,
      file: scope.file,
      symbol,
      name: definition.name,
      kind: definition.kind,
      language: scope.language,
      parentId: parent.id,
      span: {
        start: definition.start,
        end: definition.end,
        startLine: scope.lines.lineOf(definition.start),
        endLine: scope.lines.lastLineOf(definition.start, definition.end),
      },
      bodyStart: definition.bodyStart,
      text: definition.taken?.text ?? cutChildren(scope.text, definition.start, definition.end, definition.children),
      signature: definition.taken?.signature ?? collapse(scope.text.slice(definition.start, hasBody ? definition.bodyStart : definition.end)),
    });
    addDefinitions(scope, { symbol, id }, definition.children, out);
  });
}

/**
 * Turns a file's raw definitions into blocks named as the benchmark names them: `<module>` first
 * (only when the file has module-level text), then every definition in source order.
 */
export function buildBlocks(params: {
  file: string;
  language: LanguageId;
  text: string;
  definitions: readonly RawDefinition[];
}): Block[] {
  const scope: Scope = { ...params, lines: new LineIndex(params.text) };
  const blocks: Block[] = [];
  const moduleText = cutChildren(params.text, 0, params.text.length, params.definitions);
  let moduleId: string | undefined;
  if (hasContent(moduleText)) {
    moduleId = blockId(params.file, MODULE_SYMBOL);
    blocks.push({
      id: moduleId,
      file: params.file,
      symbol: MODULE_SYMBOL,
      name: MODULE_SYMBOL,
      kind: "module",
      language: params.language,
      parentId: undefined,
      span: { start: 0, end: params.text.length, startLine: 1, endLine: scope.lines.lastLineOf(0, params.text.length) },
      bodyStart: 0,
      text: moduleText,
      signature: "",
    });
  }
  addDefinitions(scope, { symbol: undefined, id: moduleId }, params.definitions, blocks);
  return blocks;
}
