import { CodeplanError } from "../errors/codeplan-error.js";
import type { WritableSourceTree } from "../ports.js";

/** A source tree held in memory: for tests and for trees built from git objects. */
export class MemorySourceTree implements WritableSourceTree {
  private readonly files = new Map<string, Uint8Array>();

  /** Strings are stored as UTF-8. */
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
