import { dedentBlock, outlineBlock } from "../edit/sketch.js";
import type { CodeGraph } from "../graph/code-graph.js";
import type { Relation } from "../graph/relation.js";
import type { Block } from "../model/block.js";
import { isMemberContainer } from "../model/block-kinds.js";
import type { RelatedCode } from "../ports.js";

/** In this order: where the block's own contract comes from first, then what it calls and uses. */
const RELATIONS: readonly Relation[] = ["Overrides", "OverriddenBy", "Calls", "Instantiates", "Uses", "DerivedClassOf"];

/** Relations whose blocks share the edited block's contract: shown in full while the budget lasts. */
const FULL_TEXT: ReadonlySet<Relation> = new Set(["Overrides", "OverriddenBy"]);

/** Tokens of overriding or overridden code shown in full; past it, signatures only. */
const DEFAULT_TOKEN_BUDGET = 600;

/** Roughly four characters a token: enough to keep prompts inside a budget without a tokenizer. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

export interface RelatedCodeOptions {
  /** Blocks the prompt already shows in full (the sketch's unfolded blocks, the earlier changes): left out. */
  exclude?: ReadonlySet<string>;
  /** Blocks whose signature the prompt already shows (folded in the sketch): left out unless shown in full. */
  signatureShown?: ReadonlySet<string>;
  tokenBudget?: number;
}

/**
 * Spatial context: what the block overrides, is overridden by, calls, instantiates or uses, each
 * block once. What it overrides or is overridden by shares its contract, so those are shown in
 * full while the budget lasts; of what it calls, instantiates or uses a caller needs the
 * signature; classes, interfaces and enums are shown as an outline (header and fields, members
 * folded). Nothing the prompt already shows is repeated.
 */
export function relatedCode(graph: CodeGraph, blockId: string, options: RelatedCodeOptions = {}): RelatedCode[] {
  const seen = new Set<string>([blockId, ...(options.exclude ?? [])]);
  const result: RelatedCode[] = [];
  let budget = options.tokenBudget ?? DEFAULT_TOKEN_BUDGET;
  for (const relation of RELATIONS) {
    for (const { block } of graph.graph.related(blockId, relation)) {
      if (seen.has(block.id) || block.kind === "module") continue;
      seen.add(block.id);
      const full = FULL_TEXT.has(relation) ? fullText(graph, block) : undefined;
      if (full !== undefined && estimateTokens(full) <= budget) {
        budget -= estimateTokens(full);
        result.push({ blockId: block.id, relation, text: full });
      } else if (isMemberContainer(block.kind) || !options.signatureShown?.has(block.id)) {
        result.push({ blockId: block.id, relation, text: outline(graph, block) });
      }
    }
  }
  return result;
}

function fullText(graph: CodeGraph, block: Block): string | undefined {
  const file = graph.index.files.get(block.file);
  return file ? dedentBlock(file.text, block.span.start, file.text.slice(block.span.start, block.span.end)).trim() : undefined;
}

function outline(graph: CodeGraph, block: Block): string {
  const file = graph.index.files.get(block.file);
  return file ? outlineBlock(file, block.id) : block.signature;
}
