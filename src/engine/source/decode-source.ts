/** How a file's bytes became text, so an edited file can be written back the same way. */
export type TextEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "latin1";

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncoding }
  | { ok: false; reason: "binary" | "undecodable"; detail: string };

const SNIFF_BYTES = 8000;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function hasNul(bytes: Uint8Array): boolean {
  return bytes.subarray(0, SNIFF_BYTES).includes(0);
}

/** Control characters other than tab, newline, form feed and carriage return mean "not text". */
function looksLikeLatin1Text(bytes: Uint8Array): boolean {
  for (const byte of bytes) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) return false;
    if (byte === 0x7f) return false;
  }
  return true;
}

/**
 * Decodes a source file: UTF-8 (with or without BOM), UTF-16 with a BOM, or — for legacy files
 * with a few non-UTF-8 bytes — Latin-1, which round-trips every byte. Binary files and files that
 * are none of these are refused with a reason.
 */
export function decodeSource(bytes: Uint8Array): DecodeResult {
  if (startsWith(bytes, [0xff, 0xfe])) return { ok: true, text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (startsWith(bytes, [0xfe, 0xff])) return { ok: true, text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  if (hasNul(bytes)) return { ok: false, reason: "binary", detail: "contains NUL bytes" };
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bom ? bytes.subarray(3) : bytes);
    return { ok: true, text, encoding: bom ? "utf-8-bom" : "utf-8" };
  } catch {
    if (!looksLikeLatin1Text(bytes)) return { ok: false, reason: "undecodable", detail: "neither UTF-8, UTF-16 nor Latin-1 text" };
    return { ok: true, text: decodeLatin1(bytes), encoding: "latin1" };
  }
}

/** The inverse of decodeSource for the encoding it reported. */
export function encodeSource(text: string, encoding: TextEncoding): Uint8Array {
  switch (encoding) {
    case "utf-8":
      return new TextEncoder().encode(text);
    case "utf-8-bom":
      return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    case "latin1":
      return Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);
    case "utf-16le":
    case "utf-16be":
      return encodeUtf16(text, encoding === "utf-16le");
  }
}

/** Byte n becomes U+00nn (TextDecoder's "latin1" is really windows-1252, which does not round-trip). */
function decodeLatin1(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return text;
}

function encodeUtf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}
