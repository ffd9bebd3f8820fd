import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import ignore, { type Ignore } from "ignore";
import { CodeplanError, type WritableSourceTree } from "../engine/index.js";

/** Folders that hold vendored, generated or tool state, never a repository's own source. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set([
  ".git", ".hg", ".svn", "node_modules", "bower_components", "vendor", "dist", "build", "coverage",
  ".next", ".nuxt", ".turbo", ".cache", ".venv", "venv", ".tox", ".nox", "__pycache__",
  ".mypy_cache", ".pytest_cache", ".ruff_cache", "site-packages", "bin", "obj", ".vs", ".idea",
]);

interface IgnoreScope {
  base: string;
  rules: Ignore;
}

async function readGitignore(root: string, relativeDir: string): Promise<IgnoreScope | undefined> {
  try {
    const text = await readFile(join(root, relativeDir, ".gitignore"), "utf8");
    return { base: relativeDir, rules: ignore().add(text) };
  } catch {
    return undefined;
  }
}

function isIgnored(scopes: readonly IgnoreScope[], path: string, isDirectory: boolean): boolean {
  return scopes.some((scope) => {
    const relative = scope.base === "" ? path : path.slice(scope.base.length + 1);
    return scope.rules.ignores(isDirectory ? `${relative}/` : relative);
  });
}

/** A repository on disk, honouring .gitignore files (nested ones too) and skipping vendored folders. */
export class DiskSourceTree implements WritableSourceTree {
  constructor(readonly root: string) {}

  async listFiles(): Promise<string[]> {
    const files: string[] = [];
    await this.walk("", [], files);
    return files.sort();
  }

  private async walk(relativeDir: string, parentScopes: readonly IgnoreScope[], files: string[]): Promise<void> {
    const own = await readGitignore(this.root, relativeDir);
    const scopes = own ? [...parentScopes, own] : parentScopes;
    const entries = await readdir(join(this.root, relativeDir), { withFileTypes: true });
    for (const entry of entries) {
      const path = relativeDir === "" ? entry.name : `${relativeDir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (SKIPPED_FOLDERS.has(entry.name) || isIgnored(scopes, path, true)) continue;
        await this.walk(path, scopes, files);
      } else if (entry.isFile() && !isIgnored(scopes, path, false)) {
        files.push(path);
      }
    }
  }

  async readFile(path: string): Promise<Uint8Array> {
    try {
      return await readFile(join(this.root, path));
    } catch (error) {
      throw new CodeplanError({ code: "file-not-found", userMessage: `Cannot read ${path} under ${this.root}`, location: { file: path }, cause: error });
    }
  }

  async writeFile(path: string, content: Uint8Array): Promise<void> {
    await mkdir(dirname(join(this.root, path)), { recursive: true });
    await writeFile(join(this.root, path), content);
  }

  async deleteFile(path: string): Promise<void> {
    await rm(join(this.root, path), { force: true });
  }
}
