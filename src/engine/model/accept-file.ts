import type { LanguageSupport } from "../languages/language-support.js";
import { languageForPath } from "../languages/registry.js";
import { decodeSource, type TextEncoding } from "../source/decode-source.js";
import type { SkippedFile } from "./block.js";

export const DEFAULT_MAX_FILE_BYTES = 2_000_000;

/** A file that will be parsed: its language and decoded text. */
export interface AcceptedFile {
  support: LanguageSupport;
  text: string;
  encoding: TextEncoding;
}

/** The language and text of a file, or why it is not parsed (unsupported, too large, binary, undecodable). */
export function acceptFile(file: string, bytes: Uint8Array, maxFileBytes = DEFAULT_MAX_FILE_BYTES): AcceptedFile | SkippedFile {
  const support = languageForPath(file);
  if (!support) return { file, reason: "unsupported-language", detail: "no language support for this extension" };
  if (bytes.length > maxFileBytes) {
    return { file, reason: "too-large", detail: `${bytes.length} bytes is over the limit of ${maxFileBytes}` };
  }
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return { file, reason: decoded.reason, detail: decoded.detail };
  return { support, text: decoded.text, encoding: decoded.encoding };
}
