import type { Block, ParsedFile } from "../../model/block.js";
import type { SyntaxNode } from "../../parse/syntax-node.js";
import type { RawDefinition } from "../language-support.js";
import { PreviousDefinitions } from "../previous-definitions.js";
import type { DefinitionSite } from "./definition-site.js";
import { findMemberSites } from "./find-member-sites.js";
import { findModuleSites, moduleStatementSites } from "./find-module-sites.js";
import { findNestedSites } from "./find-nested-sites.js";
import { reusedStatements, type ReusedStatement } from "./reused-statements.js";

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

function definitionOf(site: DefinitionSite): RawDefinition {
  return {
    name: site.name,
    kind: site.kind,
    start: site.start,
    end: site.end,
    bodyStart: site.body ? site.body.startIndex : site.end,
    children: childSites(site).map(definitionOf),
  };
}

/** The previous version's definitions of a statement it has unchanged, moved to where it is now. */
class TakenOverDefinitions {
  private readonly definitions: PreviousDefinitions;
  private readonly topLevel: readonly Block[];

  constructor(previous: ParsedFile) {
    this.definitions = new PreviousDefinitions(previous.blocks);
    this.topLevel = this.definitions.topLevel;
  }

  of({ log, delta }: ReusedStatement): RawDefinition[] {
    let low = 0;
    let high = this.topLevel.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.topLevel[mid] as Block).span.start < log.start) low = mid + 1;
      else high = mid;
    }
    const found: RawDefinition[] = [];
    for (let index = low; index < this.topLevel.length && (this.topLevel[index] as Block).span.start < log.end; index++) {
      found.push(this.definitions.moved(this.topLevel[index] as Block, delta));
    }
    return found;
  }
}

/**
 * The top-level block definitions of a TypeScript, TSX or JavaScript file with their nested ones,
 * named and spanned as ./README.md describes (after ../shared/bench/README.md). Never throws on
 * a tree with syntax errors; the definitions that parsed are returned. Given the file's previous
 * version, the definitions of the top-level statements it has unchanged are taken over from it.
 */
export function findTypeScriptDefinitions(root: SyntaxNode, previous?: ParsedFile): RawDefinition[] {
  const reused = reusedStatements(root, previous);
  if (!previous || reused.size === 0) return findModuleSites(root).map(definitionOf);
  const takenOver = new TakenOverDefinitions(previous);
  const found: RawDefinition[] = [];
  for (const statement of root.namedChildren) {
    if (!statement) continue;
    const taken = reused.get(statement.index);
    if (taken) found.push(...takenOver.of(taken));
    else found.push(...moduleStatementSites(statement).map(definitionOf));
  }
  return found;
}
