import { languageById } from "../languages/registry.js";
import type { Block, LanguageId, ParsedFile } from "../model/block.js";
import { childrenByParent } from "../model/block-children.js";
import { isMemberContainer } from "../model/block-kinds.js";
import { CodeplanError } from "../errors/codeplan-error.js";

/** The fragment an LLM is asked to edit (format and merge-back rule: ./README.md). */
export interface Sketch {
  file: string;
  language: LanguageId;
  /** The block being edited. */
  targetId: string;
  text: string;
  /** Blocks shown in full: the target, its nested blocks, its enclosing blocks' own text and `<module>`. */
  shownInFull: string[];
  /** Blocks shown as signature + fold marker only. */
  folded: string[];
}

interface RenderState {
  file: ParsedFile;
  children: Map<string, Block[]>;
  path: Set<string>;
  targetId: string;
  foldedBody: string;
  shownInFull: string[];
  folded: string[];
}

function ancestorsAndSelf(file: ParsedFile, target: Block): Set<string> {
  const byId = new Map(file.blocks.map((block) => [block.id, block]));
  const path = new Set<string>();
  for (let block: Block | undefined = target; block; block = block.parentId ? byId.get(block.parentId) : undefined) {
    path.add(block.id);
  }
  return path;
}

function fold(state: RenderState, block: Block): string {
  state.folded.push(block.id);
  const source = state.file.text;
  if (block.bodyStart >= block.span.end) return source.slice(block.span.start, block.span.end);
  return source.slice(block.span.start, block.bodyStart).trimEnd() + state.foldedBody;
}

/** The text of [start, end) with each child rendered in full (inside the target or on its path) or folded. */
function render(state: RenderState, owner: { id: string; start: number; end: number }, insideTarget: boolean): string {
  state.shownInFull.push(owner.id);
  let out = "";
  let cursor = owner.start;
  for (const child of state.children.get(owner.id) ?? []) {
    out += state.file.text.slice(cursor, child.span.start);
    // A member without a body (an interface's method signature) is all header: shown in full in its own container's sketch.
    const isBodylessMember = owner.id === state.targetId && child.bodyStart >= child.span.end;
    if (insideTarget || state.path.has(child.id) || isBodylessMember) {
      const childInsideTarget = insideTarget || (child.id === state.targetId && !isMemberContainer(child.kind));
      out += render(state, { id: child.id, start: child.span.start, end: child.span.end }, childInsideTarget);
    } else {
      out += fold(state, child);
    }
    cursor = child.span.end;
  }
  return out + state.file.text.slice(cursor, owner.end);
}

function blockOrThrow(file: ParsedFile, blockId: string): Block {
  const block = file.blocks.find((candidate) => candidate.id === blockId);
  if (!block) throw new CodeplanError({ code: "block-not-found", userMessage: `No block ${blockId} in ${file.file}`, location: { file: file.file } });
  return block;
}

/** A fresh render of `file` around `target`, showing the blocks of `path` in full. */
function renderState(file: ParsedFile, target: Block, path: Set<string>): RenderState {
  return { file, children: childrenByParent(file), path, targetId: target.id, foldedBody: languageById(file.language).fold.foldedBody, shownInFull: [], folded: [] };
}

/**
 * The sketch of a block: the file with the block in full (a function with everything nested in
 * it; a class with its own text, members folded), its enclosing blocks' own text and the
 * module-level text in full, and every other definition folded to its signature.
 */
export function sketchBlock(file: ParsedFile, targetId: string): Sketch {
  const target = blockOrThrow(file, targetId);
  const moduleBlock = file.blocks.find((block) => block.kind === "module");
  const state = renderState(file, target, ancestorsAndSelf(file, target));
  const rootId = moduleBlock?.id ?? "";
  const text = render(state, { id: rootId, start: 0, end: file.text.length }, false);
  return {
    file: file.file,
    language: file.language,
    targetId,
    text,
    shownInFull: state.shownInFull.filter((id) => id !== ""),
    folded: state.folded,
  };
}

/**
 * One block on its own, as related code shows it: a class, interface or enum with its members
 * folded (its header and fields in full), anything else folded to its signature; moved left so its
 * first line starts at column 0.
 */
export function outlineBlock(file: ParsedFile, blockId: string): string {
  const block = blockOrThrow(file, blockId);
  const state = renderState(file, block, new Set([block.id]));
  const text = isMemberContainer(block.kind) ? render(state, { id: block.id, start: block.span.start, end: block.span.end }, false) : fold(state, block);
  return dedentBlock(file.text, block.span.start, text);
}

/** A block's text moved left by the indentation of the line it starts on, so nested blocks read like top-level ones. */
export function dedentBlock(source: string, start: number, text: string): string {
  const indent = /^[ \t]*/.exec(source.slice(source.lastIndexOf("\n", start - 1) + 1, start))?.[0] ?? "";
  if (indent === "") return text;
  return text
    .split("\n")
    .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
    .join("\n");
}
