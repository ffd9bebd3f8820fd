import type { Block, ParsedFile } from "../../model/block.js";
import type { SyntaxNode } from "../../parse/syntax-node.js";
import type { RawDefinition } from "../language-support.js";
import { PreviousDefinitions } from "../previous-definitions.js";
import type { DefinitionSite } from "./definition-site.js";
import { findMemberSites } from "./find-member-sites.js";
import { findModuleSites, moduleStatementSites } from "./find-module-sites.js";
import { findNestedSites } from "./find-nested-sites.js";
import { blocksStartingIn } from "../../model/blocks-starting-in.js";
import { movedBy, type ChangedRange } from "../../parse/text-edit.js";
import { editFrom, reusedStatements, type ReusedStatement } from "./reused-statements.js";

function childSites(site: DefinitionSite): DefinitionSite[] {
  if (!site.body) return [];
  switch (site.scope) {
    case "function":
      return findNestedSites(site.body);
    case "members":
      return findMemberSites(site.body);
    case "namespace":
      return findModuleSites(site.body);
    case "none":
      return [];
  }
}

/** Turns sites into raw definitions, nested ones included; given `previous`, takes over the definitions it has unchanged. */
class DefinitionReader {
  constructor(private readonly previous?: TakenOverDefinitions) {}

  definitionOf(site: DefinitionSite): RawDefinition {
    const taken = this.previous?.site(site);
    if (taken) return taken;
    return {
      name: site.name,
      kind: site.kind,
      start: site.start,
      end: site.end,
      bodyStart: site.body ? site.body.startIndex : site.end,
      children: childSites(site).map((child) => this.definitionOf(child)),
    };
  }
}

/** The previous version's definitions that the new one has unchanged, moved to where they are now. */
class TakenOverDefinitions {
  private readonly definitions: PreviousDefinitions;
  private readonly byStart = new Map<number, Block[]>();

  constructor(
    previous: ParsedFile,
    private readonly edit: ChangedRange,
  ) {
    this.definitions = new PreviousDefinitions(previous.blocks);
    for (const block of previous.blocks) {
      const same = this.byStart.get(block.span.start);
      if (same) same.push(block);
      else this.byStart.set(block.span.start, [block]);
    }
  }

  /** The definitions of a top-level statement taken over whole. */
  of({ log, delta }: ReusedStatement): RawDefinition[] {
    return blocksStartingIn(this.definitions.topLevel, log.start, log.end).map((block) => this.definitions.moved(block, delta));
  }

  /**
   * The definition a site in the edited statement had when it lies wholly before or after the
   * edited text and the previous version had it (same span, moved; same kind, name and body
   * start): what is nested in it is the previous version's too, and its body is not read again.
   */
  site(site: DefinitionSite): RawDefinition | undefined {
    const delta = movedBy(this.edit, site.start, site.end);
    if (delta === undefined) return undefined;
    const bodyStart = site.body ? site.body.startIndex : site.end;
    const block = this.byStart.get(site.start - delta)?.find(
      (candidate) => candidate.span.end === site.end - delta && candidate.kind === site.kind && candidate.name === site.name && candidate.bodyStart === bodyStart - delta,
    );
    return block && this.definitions.moved(block, delta);
  }
}

/**
 * The top-level block definitions of a TypeScript, TSX or JavaScript file with their nested ones,
 * named and spanned as ./README.md describes (after ../shared/bench/README.md). Never throws on
 * a tree with syntax errors; the definitions that parsed are returned. Given the file's previous
 * version, the definitions it has unchanged are taken over from it: those of whole top-level
 * statements without reading them, the others where the reading finds them.
 */
export function findTypeScriptDefinitions(root: SyntaxNode, previous?: ParsedFile): RawDefinition[] {
  const edit = editFrom(root, previous);
  if (!previous || !edit) {
    const reader = new DefinitionReader();
    return findModuleSites(root).map((site) => reader.definitionOf(site));
  }
  const takenOver = new TakenOverDefinitions(previous, edit);
  const reader = new DefinitionReader(takenOver);
  const reused = reusedStatements(root, previous);
  const found: RawDefinition[] = [];
  for (const statement of root.namedChildren) {
    const taken = reused.get(statement.index);
    if (taken) found.push(...takenOver.of(taken));
    else found.push(...moduleStatementSites(statement).map((site) => reader.definitionOf(site)));
  }
  return found;
}
