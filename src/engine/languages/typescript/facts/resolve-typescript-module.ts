import type { ModuleLookup } from "../../language-support.js";
import { probeModuleFile } from "./probe-module-file.js";
import { dirname, joinPath } from "./repo-path.js";
import { pathMappingFor, type PathMapping } from "./tsconfig.js";

function isTypeScript(file: string): boolean {
  return /\.[cm]?tsx?$/.test(file);
}

function probe(folder: string, relative: string, lookup: ModuleLookup, fromTypeScript: boolean): string | undefined {
  const path = joinPath(folder, relative);
  return path === undefined ? undefined : probeModuleFile(path, lookup.files, fromTypeScript);
}

/** `paths` patterns that match the specifier, most specific (longest prefix) first, with what `*` matched. */
function matchingPatterns(specifier: string, patterns: Record<string, string[]>): { targets: string[]; star: string }[] {
  const matches: { targets: string[]; star: string; prefix: number }[] = [];
  for (const [pattern, targets] of Object.entries(patterns)) {
    const star = pattern.indexOf("*");
    if (star < 0) {
      if (pattern === specifier) matches.push({ targets, star: "", prefix: Number.MAX_SAFE_INTEGER });
      continue;
    }
    const prefix = pattern.slice(0, star);
    const suffix = pattern.slice(star + 1);
    if (specifier.length >= prefix.length + suffix.length && specifier.startsWith(prefix) && specifier.endsWith(suffix)) {
      matches.push({ targets, star: specifier.slice(prefix.length, specifier.length - suffix.length), prefix: prefix.length });
    }
  }
  return matches.sort((a, b) => b.prefix - a.prefix);
}

function throughMapping(specifier: string, mapping: PathMapping, lookup: ModuleLookup, fromTypeScript: boolean): string | undefined {
  if (mapping.paths) {
    for (const { targets, star } of matchingPatterns(specifier, mapping.paths.patterns)) {
      for (const target of targets) {
        const found = probe(mapping.paths.base, target.replace("*", star), lookup, fromTypeScript);
        if (found) return found;
      }
    }
  }
  return mapping.baseUrl !== undefined ? probe(mapping.baseUrl, specifier, lookup, fromTypeScript) : undefined;
}

/**
 * The repository file an import specifier names, seen from `fromFile`: relative paths with the
 * extensions and index files Node and TypeScript try (`./x.js` → `x.ts` from TypeScript), and bare
 * specifiers through the `paths`/`baseUrl` of the nearest tsconfig.json or jsconfig.json.
 * Undefined for packages outside the repository.
 */
export function resolveTypeScriptModule(specifier: string, fromFile: string, lookup: ModuleLookup): string | undefined {
  const fromTypeScript = isTypeScript(fromFile);
  if (specifier === "." || specifier === ".." || specifier.startsWith("./") || specifier.startsWith("../")) {
    return probe(dirname(fromFile), specifier, lookup, fromTypeScript);
  }
  if (specifier.startsWith("/") || specifier.includes(":")) return undefined;
  const mapping = pathMappingFor(fromFile, lookup);
  return mapping ? throughMapping(specifier, mapping, lookup, fromTypeScript) : undefined;
}
