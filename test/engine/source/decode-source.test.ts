import { decodeSource, encodeSource } from "../../../src/engine/source/decode-source.js";

const bytes = (...values: number[]) => new Uint8Array(values);

test.each([
  ["utf-8", new TextEncoder().encode("x = 'é'\n"), "x = 'é'\n"],
  ["utf-8-bom", bytes(0xef, 0xbb, 0xbf, 0x61, 0x0a), "a\n"],
  ["utf-16le", bytes(0xff, 0xfe, 0x61, 0x00, 0x0a, 0x00), "a\n"],
  ["utf-16be", bytes(0xfe, 0xff, 0x00, 0x61, 0x00, 0x0a), "a\n"],
  ["latin1", bytes(0x23, 0x20, 0xe9, 0x80, 0x0a), "# \u00e9\u0080\n"],
] as const)("decodes %s and encodes it back byte for byte", (encoding, input, text) => {
  const decoded = decodeSource(input);
  expect(decoded).toEqual({ ok: true, text, encoding });
  expect(encodeSource(text, encoding)).toEqual(input);
});

test("refuses binary files and control-character soup", () => {
  expect(decodeSource(bytes(0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01))).toEqual({ ok: false, reason: "binary", detail: "contains NUL bytes" });
  expect(decodeSource(bytes(0xc3, 0x28, 0x01, 0x02))).toEqual({ ok: false, reason: "undecodable", detail: "neither UTF-8, UTF-16 nor Latin-1 text" });
});
