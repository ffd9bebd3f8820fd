/** Folders (with a trailing slash, "" for the root) that hold Python files at any depth, per file set. */
const cache = new WeakMap<ReadonlySet<string>, { size: number; folders: Set<string> }>();

function pythonFolders(files: ReadonlySet<string>): Set<string> {
  const cached = cache.get(files);
  // The file set grows and shrinks in place as files are added and removed; its size tells when to rebuild.
  if (cached && cached.size === files.size) return cached.folders;
  const folders = new Set<string>();
  for (const file of files) {
    if (!file.endsWith(".py") && !file.endsWith(".pyi")) continue;
    for (let slash = file.lastIndexOf("/"); slash !== -1; slash = file.lastIndexOf("/", slash - 1)) {
      const folder = file.slice(0, slash + 1);
      if (folders.has(folder)) break;
      folders.add(folder);
    }
    folders.add("");
  }
  cache.set(files, { size: files.size, folders });
  return folders;
}

/** True when `folder` (trailing slash, "" for the root) contains Python files: a package, possibly a namespace one. */
export function isPythonPackageFolder(folder: string, files: ReadonlySet<string>): boolean {
  return pythonFolders(files).has(folder);
}
