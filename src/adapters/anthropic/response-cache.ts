import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import type { Logger, ModelUsage } from "../../engine/index.js";
import type { MessageBody } from "./message-body.js";

/** A usable answer as it was first received: its text and what it cost then. */
export interface CachedResponse {
  text: string;
  usage: Omit<ModelUsage, "fromCache">;
}

/** Answers already paid for, by request. Never throws: a cache that fails is a cache that misses. */
export interface ResponseCache {
  get(key: string): Promise<CachedResponse | undefined>;
  set(key: string, response: CachedResponse): Promise<void>;
}

/** The cache key of a request: sha256 of the exact JSON body sent, so any change to model, settings or prompt misses. */
export function responseCacheKey(body: MessageBody): string {
  return createHash("sha256").update(JSON.stringify(body)).digest("hex");
}

const entrySchema = z.object({
  text: z.string(),
  usage: z.object({ inputTokens: z.number(), outputTokens: z.number(), cacheReadInputTokens: z.number(), cacheCreationInputTokens: z.number(), dollars: z.number() }),
});

/**
 * One JSON file per answer, `<directory>/<key>.json`, written to a temporary file and renamed so a
 * reader never sees half an entry. An unreadable or corrupt entry is logged and treated as a miss.
 */
export class DiskResponseCache implements ResponseCache {
  constructor(private readonly params: { directory: string; logger: Logger }) {}

  async get(key: string): Promise<CachedResponse | undefined> {
    const path = this.pathOf(key);
    let raw: string;
    try {
      raw = await readFile(path, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") this.params.logger.warn({ path, error: String(error) }, "response cache entry unreadable, ignored");
      return undefined;
    }
    const entry = entrySchema.safeParse(parseJson(raw));
    if (!entry.success) {
      this.params.logger.warn({ path }, "corrupt response cache entry ignored");
      return undefined;
    }
    return entry.data;
  }

  async set(key: string, response: CachedResponse): Promise<void> {
    const path = this.pathOf(key);
    const temporary = `${path}.${randomUUID()}.tmp`;
    try {
      await mkdir(this.params.directory, { recursive: true });
      await writeFile(temporary, `${JSON.stringify(response, null, 2)}\n`);
      await rename(temporary, path);
    } catch (error) {
      this.params.logger.warn({ path, error: String(error) }, "response cache entry not written");
      await rm(temporary, { force: true }).catch(() => undefined);
    }
  }

  private pathOf(key: string): string {
    return join(this.params.directory, `${key}.json`);
  }
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
