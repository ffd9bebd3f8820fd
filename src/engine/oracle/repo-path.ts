import type { ParseContext } from "./parse-context.js";

const DRIVE = /^[A-Za-z]:\//;

/**
 * A tool's path (absolute, or relative to the root the tool ran in; POSIX or Windows spelling;
 * `file://` URLs too) as a repository path with forward slashes, or undefined when it lies outside
 * the repository or names the root itself.
 */
export function toRepoPath(path: string, context: ParseContext): string | undefined {
  const unwrapped = path.trim().replace(/^file:\/\//, "");
  // `node:internal/…`, `webpack:///…`: a scheme is never a file of the repository (a drive letter is one character).
  if (/^[A-Za-z][\w+.-]+:/.test(unwrapped)) return undefined;
  const cleaned = normalisePath(unwrapped);
  if (!isAbsolute(cleaned)) {
    return cleaned === "" || cleaned === ".." || cleaned.startsWith("../") ? undefined : cleaned;
  }
  for (const root of [context.repoRoot, ...(context.rootAliases ?? [])]) {
    const relative = relativeTo(cleaned, normalisePath(root));
    if (relative !== undefined) return relative;
  }
  return undefined;
}

function relativeTo(path: string, root: string): string | undefined {
  const prefix = root.endsWith("/") ? root : `${root}/`;
  // Windows file systems ignore case, and tools disagree on the drive letter's case.
  const ignoreCase = DRIVE.test(root);
  const comparable = ignoreCase ? path.toLowerCase() : path;
  const comparablePrefix = ignoreCase ? prefix.toLowerCase() : prefix;
  if (!comparable.startsWith(comparablePrefix)) return undefined;
  const rest = path.slice(prefix.length);
  return rest === "" ? undefined : rest;
}

function isAbsolute(path: string): boolean {
  return path.startsWith("/") || DRIVE.test(path);
}

/** Forward slashes, `.` and `..` segments resolved (a relative path may keep leading `..`). */
function normalisePath(path: string): string {
  const slashed = path.replace(/\\/g, "/");
  const head = slashed.startsWith("/") ? "/" : (DRIVE.exec(slashed)?.[0] ?? "");
  const segments: string[] = [];
  for (const segment of slashed.slice(head.length).split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === ".." && segments.length > 0 && segments[segments.length - 1] !== "..") segments.pop();
    else if (segment !== ".." || head === "") segments.push(segment);
  }
  return head + segments.join("/");
}
