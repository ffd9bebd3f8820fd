import type { SyntaxNode } from "../../parse/syntax-node.js";
import type { RawDefinition } from "../language-support.js";
import type { DefinitionSite } from "./definition-site.js";
import { findMemberSites } from "./find-member-sites.js";
import { findModuleSites } from "./find-module-sites.js";
import { findNestedSites } from "./find-nested-sites.js";

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

/**
 * The top-level block definitions of a TypeScript, TSX or JavaScript file with their nested ones,
 * named and spanned as ./README.md describes (after ../shared/bench/README.md). Never throws on
 * a tree with syntax errors; the definitions that parsed are returned.
 */
export function findTypeScriptDefinitions(root: SyntaxNode): RawDefinition[] {
  return findModuleSites(root).map(definitionOf);
}
