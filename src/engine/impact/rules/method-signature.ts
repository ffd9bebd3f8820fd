import type { AtomicChange } from "../../classify/atomic-change.js";
import type { KeywordRename } from "../../edit/keyword-rename.js";
import type { MechanicalRename } from "../../edit/mechanical-rename.js";
import type { CodeGraph } from "../../graph/code-graph.js";
import type { Block } from "../../model/block.js";
import type { ImpactRule, RuleHit } from "./rule.js";
import { relatedHits } from "./rule.js";

/** The old and new name when the only change of the signature is one rename: of the function itself, or of one parameter. */
function renameOnly(change: AtomicChange): { of: "function" | "parameter"; from: string; to: string } | undefined {
  if (change.kind !== "MMS" || change.details.edits.length !== 1) return undefined;
  const [edit] = change.details.edits;
  if (edit?.edit === "renamed") return { of: "function", from: edit.from, to: edit.to };
  if (edit?.edit === "parameter-renamed") return { of: "parameter", from: edit.from, to: edit.to };
  return undefined;
}

/** The lines of `block`'s references to `targetId`, counted from the block's first line (0), as mechanical edits record them. */
function linesInBlock(graph: CodeGraph, block: Block, targetId: string): number[] {
  return graph.referenceLines(block.id, targetId).map((line) => line - block.span.startLine);
}

/**
 * The mechanical edit a hit of a pure rename needs: its references to the renamed block renamed
 * (a caller, or a block passing the function as a value), and for an override its own name too.
 * When the block's file imports the old name by name, the import is renamed with it. None for the
 * base method an override overrides, or for a block with no reference the graph can place.
 */
function mechanicalRename(graph: CodeGraph, hit: RuleHit, renamedId: string, names: { from: string; to: string }): MechanicalRename | undefined {
  const block = graph.graph.getBlock(hit.blockId);
  if (!block || hit.relation === "Overrides") return undefined;
  const importedByName = graph.graph.edgesFrom(block.id).some((edge) => edge.relation === "Imports" && edge.member === names.from);
  const header = hit.relation === "OverriddenBy";
  if (header && block.name !== names.from) return undefined;
  const lines = linesInBlock(graph, block, renamedId);
  if (!header && lines.length === 0) return undefined;
  return { kind: "rename", ...names, blockText: block.text, lines, header, ...(importedByName ? { importedByName } : {}) };
}

/**
 * The mechanical edit a caller of a function whose parameter was renamed needs: the keyword it
 * passes renamed, where it passes one. Overrides rename their own parameter: that is the model's.
 */
function keywordRename(graph: CodeGraph, hit: RuleHit, renamedId: string, names: { from: string; to: string }): KeywordRename | undefined {
  const block = graph.graph.getBlock(hit.blockId);
  const callee = graph.graph.getBlock(renamedId);
  if (!block || !callee || hit.relation !== "CalledBy") return undefined;
  const lines = linesInBlock(graph, block, renamedId);
  if (lines.length === 0) return undefined;
  return { kind: "keyword-rename", callee: callee.name, ...names, blockText: block.text, lines };
}

/** MMS: callers, the methods it overrides and the methods overriding it (in D; D' below). Renames also reach references that pass the function as a value. */
export const methodSignatureRule: ImpactRule = {
  name: "method-signature",
  kinds: ["MMS"],
  phase: "D",
  find(change, graph) {
    const renamed = change.kind === "MMS" && change.details.edits.some((edit) => edit.edit === "renamed");
    const hits = relatedHits(graph, change.blockId, renamed ? ["CalledBy", "Overrides", "OverriddenBy", "UsedBy"] : ["CalledBy", "Overrides", "OverriddenBy"]);
    const rename = renameOnly(change);
    if (!rename) return hits;
    return hits.map((hit) => {
      const names = { from: rename.from, to: rename.to };
      const mechanical = rename.of === "function" ? mechanicalRename(graph, hit, change.blockId, names) : keywordRename(graph, hit, change.blockId, names);
      return mechanical ? { ...hit, mechanical } : hit;
    });
  },
};

/** MMS in D': override relations of the new signature (a method that now overrides another, or is overridden). */
export const methodSignatureAfterRule: ImpactRule = {
  name: "method-signature-after",
  kinds: ["MMS"],
  phase: "D'",
  find(change, graph) {
    return relatedHits(graph, change.afterBlockId ?? change.blockId, ["Overrides", "OverriddenBy"]);
  },
};
