import { assertOracleFinished } from "../../../src/engine/oracle/assert-oracle-finished.js";
import type { OracleResult } from "../../../src/engine/ports.js";

const result = (timedOut: boolean): OracleResult => ({ diagnostics: [], exitCode: timedOut ? null : 0, timedOut, rawOutput: "", command: "npm test", durationMs: 30_049 });

describe("assertOracleFinished", () => {
  it("lets a finished run through", () => {
    expect(() => assertOracleFinished(result(false))).not.toThrow();
  });

  it("turns a timed-out run into an error naming the command and the time", () => {
    expect(() => assertOracleFinished(result(true))).toThrow(
      expect.objectContaining({ code: "oracle-timeout", userMessage: expect.stringContaining("`npm test` was stopped after 30 s") }),
    );
  });
});
