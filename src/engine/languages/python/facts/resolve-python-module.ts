import type { ModuleLookup } from "../../language-support.js";
import { isPythonPackageFolder } from "./python-folders.js";

/** Roots that commonly hold a repository's importable packages, besides the repository root. */
const SOURCE_ROOTS = ["", "src/"];

function parentFolder(folder: string): string | undefined {
  if (folder === "") return undefined;
  const slash = folder.lastIndexOf("/", folder.length - 2);
  return slash === -1 ? "" : folder.slice(0, slash + 1);
}

function folderOf(file: string): string {
  return file.slice(0, file.lastIndexOf("/") + 1);
}

/**
 * The file of module `path` (slash-separated, relative to a root; "" for the root itself):
 * a package's `__init__.py`, else `path.py`, else their `.pyi` stubs.
 */
function moduleFile(path: string, lookup: ModuleLookup): string | undefined {
  const prefix = path === "" ? "" : `${path}/`;
  const candidates = [`${prefix}__init__.py`, `${path}.py`, `${prefix}__init__.pyi`, `${path}.pyi`];
  for (const candidate of path === "" ? candidates.slice(0, 1) : candidates) if (lookup.files.has(candidate)) return candidate;
  return undefined;
}

/**
 * A folder of Python files without `__init__.py` is a namespace package: its (absent)
 * `__init__.py` stands for it, so that its submodules are still reachable as attributes.
 */
function namespacePackage(path: string, lookup: ModuleLookup): string | undefined {
  const prefix = path === "" ? "" : `${path}/`;
  return isPythonPackageFolder(prefix, lookup.files) ? `${prefix}__init__.py` : undefined;
}

/**
 * Folders absolute imports are tried from: the repository root, `src/`, then the importing file's
 * own folder and its ancestors that are not packages themselves (a script's folder is on sys.path;
 * a package's folder is not, so `import logging` inside a package never means its own logging.py).
 */
function importRoots(fromFile: string, lookup: ModuleLookup): string[] {
  const roots = [...SOURCE_ROOTS];
  for (let folder: string | undefined = folderOf(fromFile); folder !== undefined && folder !== ""; folder = parentFolder(folder)) {
    if (!roots.includes(folder) && !lookup.files.has(`${folder}__init__.py`)) roots.push(folder);
  }
  return roots;
}

/** A specifier as written (`pkg.mod`, `.client`, `..`, `...pkg.mod`) → the file it names, seen from `fromFile`. */
export function resolvePythonModule(specifier: string, fromFile: string, lookup: ModuleLookup): string | undefined {
  const dots = specifier.length - specifier.replace(/^\.+/, "").length;
  const path = specifier.slice(dots).split(".").filter(Boolean).join("/");
  if (dots > 0) {
    let folder: string | undefined = folderOf(fromFile);
    for (let level = 1; level < dots && folder !== undefined; level++) folder = parentFolder(folder);
    if (folder === undefined) return undefined;
    const module = `${folder}${path}`.replace(/\/$/, "");
    return moduleFile(module, lookup) ?? namespacePackage(module, lookup);
  }
  if (path === "") return undefined;
  const roots = importRoots(fromFile, lookup);
  for (const root of roots) {
    const found = moduleFile(`${root}${path}`, lookup);
    if (found) return found;
  }
  for (const root of roots) {
    const found = namespacePackage(`${root}${path}`, lookup);
    if (found) return found;
  }
  return undefined;
}
