import { parentPort } from "node:worker_threads";
import { parseToCopy, type LanguageId } from "../../engine/index.js";
import type { ParseReply, ParseRequest } from "./parse-messages.js";

/**
 * A ParseWorkers thread: parses each file it is sent and sends back the tree read whole, its
 * buffers transferred (not copied); a failure is sent back as its message.
 */
const port = parentPort;
if (!port) throw new Error("parse-worker.js runs only as a worker thread (see ParseWorkers)");
port.on("message", ({ id, language, text }: ParseRequest) => {
  parseToCopy(language as LanguageId, text).then(
    (copy) => port.postMessage({ id, copy } satisfies ParseReply, [copy.buffer, copy.lineStarts.buffer]),
    (error: unknown) => port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies ParseReply),
  );
});
