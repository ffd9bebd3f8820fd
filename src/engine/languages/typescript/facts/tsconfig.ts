import type { ModuleLookup } from "../../language-support.js";
import { parseJsonc } from "./parse-jsonc.js";
import { dirname, joinPath } from "./repo-path.js";

/** The project files whose `compilerOptions` steer module resolution: nearest first, plus common `extends` targets. */
export const CONFIG_FILE_NAMES: readonly string[] = ["tsconfig.json", "jsconfig.json", "tsconfig.base.json", "tsconfig.common.json"];

/** What of a tsconfig's compilerOptions module resolution needs, with paths made repository-relative. */
export interface PathMapping {
  /** `baseUrl`, resolved against the config that set it. */
  baseUrl?: string;
  /** `paths` patterns → substitutions, and the folder the substitutions are relative to. */
  paths?: { patterns: Record<string, string[]>; base: string };
}

interface ConfigCache {
  configs: Map<string, PathMapping | null>;
  nearest: Map<string, string | null>;
}

// Config files never change during a graph's life; cache per config map (dropped with it).
const caches = new WeakMap<ReadonlyMap<string, string>, ConfigCache>();

function cacheOf(lookup: ModuleLookup): ConfigCache {
  let cache = caches.get(lookup.configFiles);
  if (!cache) {
    cache = { configs: new Map(), nearest: new Map() };
    caches.set(lookup.configFiles, cache);
  }
  return cache;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function extendedPaths(path: string, extendsValue: unknown, lookup: ModuleLookup): string[] {
  const targets = Array.isArray(extendsValue) ? extendsValue : [extendsValue];
  const found: string[] = [];
  for (const target of targets) {
    if (typeof target !== "string" || !target.startsWith(".")) continue;
    const joined = joinPath(dirname(path), target);
    if (joined === undefined) continue;
    const candidate = [joined, `${joined}.json`, `${joined}/tsconfig.json`].find((file) => lookup.configFiles.has(file));
    if (candidate) found.push(candidate);
  }
  return found;
}

function loadConfig(path: string, lookup: ModuleLookup, cache: ConfigCache, depth: number): PathMapping | undefined {
  const cached = cache.configs.get(path);
  if (cached !== undefined) return cached ?? undefined;
  cache.configs.set(path, null);
  const text = lookup.configFiles.get(path);
  const json = text === undefined ? undefined : record(parseJsonc(text));
  if (!json || depth > 8) return undefined;
  const mapping: PathMapping = {};
  for (const base of extendedPaths(path, json.extends, lookup)) Object.assign(mapping, loadConfig(base, lookup, cache, depth + 1));
  const options = record(json.compilerOptions);
  const folder = dirname(path);
  if (typeof options?.baseUrl === "string") {
    const baseUrl = joinPath(folder, options.baseUrl);
    if (baseUrl !== undefined) mapping.baseUrl = baseUrl;
  }
  const paths = record(options?.paths);
  if (paths) {
    const patterns: Record<string, string[]> = {};
    for (const [pattern, targets] of Object.entries(paths)) {
      if (Array.isArray(targets)) patterns[pattern] = targets.filter((target): target is string => typeof target === "string");
    }
    mapping.paths = { patterns, base: mapping.baseUrl ?? folder };
  } else if (mapping.paths && typeof options?.baseUrl === "string" && mapping.baseUrl !== undefined) {
    mapping.paths = { ...mapping.paths, base: mapping.baseUrl };
  }
  cache.configs.set(path, mapping);
  return mapping;
}

function nearestConfig(folder: string, lookup: ModuleLookup, cache: ConfigCache): string | undefined {
  const cached = cache.nearest.get(folder);
  if (cached !== undefined) return cached ?? undefined;
  let found: string | undefined;
  for (const name of ["tsconfig.json", "jsconfig.json"]) {
    const candidate = folder === "" ? name : `${folder}/${name}`;
    if (lookup.configFiles.has(candidate)) {
      found = candidate;
      break;
    }
  }
  if (!found && folder !== "") found = nearestConfig(dirname(folder), lookup, cache);
  cache.nearest.set(folder, found ?? null);
  return found;
}

/** The `baseUrl`/`paths` that apply to `file`: those of the nearest tsconfig.json or jsconfig.json up its folders, `extends` followed. */
export function pathMappingFor(file: string, lookup: ModuleLookup): PathMapping | undefined {
  const cache = cacheOf(lookup);
  const config = nearestConfig(dirname(file), lookup, cache);
  return config ? loadConfig(config, lookup, cache, 0) : undefined;
}
