import { CodeplanError } from "../errors/codeplan-error.js";
import type { SourceTree, WritableSourceTree } from "../ports.js";

/** A source tree held in memory: for tests and for trees built from git objects. */
export class MemorySourceTree implements WritableSourceTree {
  private readonly files = new Map<string, Uint8Array>();

  /** Strings are stored as UTF-8. */
  /** An in-memory copy of every file of `tree`: a place to plan or try edits without writing the original. */
  static async copyOf(tree: SourceTree): Promise<MemorySourceTree> {
    const files: Record<string, Uint8Array> = {};
    for (const path of await tree.listFiles()) files[path] = await tree.readFile(path);
    return new MemorySourceTree(files);
  }

  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [path, content] of Object.entries(files)) {
      this.files.set(path, typeof content === "string" ? new TextEncoder().encode(content) : content);
    }
  }

  async listFiles(): Promise<string[]> {
    return [...this.files.keys()].sort();
  }

  async readFile(path: string): Promise<Uint8Array> {
    const content = this.files.get(path);
    if (!content) {
      throw new CodeplanError({ code: "file-not-found", userMessage: `File not found: ${path}`, location: { file: path } });
    }
    return content;
  }

  async writeFile(path: string, content: Uint8Array): Promise<void> {
    this.files.set(path, content);
  }

  async deleteFile(path: string): Promise<void> {
    this.files.delete(path);
  }
}
