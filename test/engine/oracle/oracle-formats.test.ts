import { getOracleFormatOrThrow, isOracleFormatId, ORACLE_FORMATS, parseDiagnostics } from "../../../src/engine/oracle/oracle-formats.js";

describe("the oracle format registry", () => {
  it("dispatches to the format's parser, which stamps its own source", () => {
    const context = { repoRoot: "/repo" };
    expect(parseDiagnostics("tsc", "src/a.ts(1,2): error TS2554: x", context)[0]?.source).toBe("tsc");
    expect(parseDiagnostics("csharp", "A.cs(1,2): error CS7036: x", context)[0]?.source).toBe("csharp");
    expect(parseDiagnostics("generic", "a.py:1: x", context)[0]?.source).toBe("generic");
    expect(parseDiagnostics("pyright", '{"generalDiagnostics": []}', context)).toEqual([]);
  });

  it("names every format after the source of its diagnostics", () => {
    expect(Object.keys(ORACLE_FORMATS).sort()).toEqual(["csharp", "generic", "jest", "pyright", "pytest", "tsc", "unittest"]);
    for (const [id, format] of Object.entries(ORACLE_FORMATS)) expect(format.id).toBe(id);
  });

  it("validates format names from configuration", () => {
    expect(isOracleFormatId("pytest")).toBe(true);
    expect(isOracleFormatId("toString")).toBe(false);
    expect(getOracleFormatOrThrow("jest").reads).toBe("stdout+stderr");
    expect(() => getOracleFormatOrThrow("mypy")).toThrow(
      expect.objectContaining({ code: "oracle-format-unknown", userMessage: expect.stringContaining('"mypy"; use one of pyright, tsc') }),
    );
  });
});
