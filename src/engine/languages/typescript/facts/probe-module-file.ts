const TS_SOURCES = [".ts", ".tsx", ".d.ts"];
const JS_SOURCES = [".js", ".jsx", ".mjs", ".cjs"];
const ALL_SOURCES = [...TS_SOURCES, ...JS_SOURCES, ".mts", ".cts", ".d.mts", ".d.cts"];

/** ESM TypeScript imports its siblings by their output names: `./x.js` is `x.ts` (or `.tsx`, `.d.ts`). */
const OUTPUT_TO_SOURCE: Readonly<Record<string, readonly string[]>> = {
  ".js": TS_SOURCES,
  ".jsx": [".tsx", ".d.ts"],
  ".mjs": [".mts", ".d.mts"],
  ".cjs": [".cts", ".d.cts"],
};

function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot);
}

/**
 * The source file a module path (extension optional) names: the file itself, `x.ts`, `x.tsx`,
 * `x.d.ts`, `x.js`, …, then `x/index.*`; a `.js` path names its TypeScript source first when
 * the importer is TypeScript. Undefined when none exists.
 */
export function probeModuleFile(path: string, files: ReadonlySet<string>, fromTypeScript: boolean): string | undefined {
  const extension = extensionOf(path);
  const sourceExtensions = OUTPUT_TO_SOURCE[extension];
  const candidates: string[] = [];
  if (sourceExtensions) {
    const stem = path.slice(0, -extension.length);
    const swapped = sourceExtensions.map((source) => stem + source);
    candidates.push(...(fromTypeScript ? [...swapped, path] : [path, ...swapped]));
  } else if (ALL_SOURCES.includes(extension)) {
    candidates.push(path);
  }
  const folder = path === "" ? "index" : `${path}/index`;
  const order = fromTypeScript ? ALL_SOURCES : [...JS_SOURCES, ...TS_SOURCES, ".mts", ".cts"];
  for (const source of order) candidates.push(path + source);
  for (const source of order) candidates.push(folder + source);
  return candidates.find((candidate) => files.has(candidate));
}
