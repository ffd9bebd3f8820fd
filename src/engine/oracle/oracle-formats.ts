import { CodeplanError } from "../errors/codeplan-error.js";
import type { Diagnostic } from "../ports.js";
import type { ParseContext } from "./parse-context.js";
import { parseCsharp } from "./parsers/csharp.js";
import { parseGeneric } from "./parsers/generic.js";
import { parseJest } from "./parsers/jest.js";
import { parsePyright } from "./parsers/pyright.js";
import { parsePytest } from "./parsers/pytest.js";
import { parseTsc } from "./parsers/tsc.js";
import { parseUnittest } from "./parsers/unittest.js";

/** The output formats codeplan understands; each is also the `source` of its diagnostics. */
export type OracleFormatId = "pyright" | "tsc" | "csharp" | "generic" | "pytest" | "unittest" | "jest";

/** How to read one tool's output. */
export interface OracleFormat {
  id: OracleFormatId;
  /** Which streams carry the report: pyright's JSON is on stdout, its stderr is chatter. */
  reads: "stdout" | "stdout+stderr";
  /** Exit codes of a run that finished its check; any other code is a crash. Undefined: any code. */
  completedExitCodes?: readonly number[];
  /** Throws `oracle-output-unparsable` when the output cannot be in this format. */
  parse(output: string, context: ParseContext): Diagnostic[];
}

/** The registry of output formats. */
export const ORACLE_FORMATS: Readonly<Record<OracleFormatId, OracleFormat>> = {
  // pyright exits 0 (clean) or 1 (errors); 2 is a fatal error, 3 a bad configuration, 4 bad arguments.
  pyright: { id: "pyright", reads: "stdout", completedExitCodes: [0, 1], parse: parsePyright },
  tsc: { id: "tsc", reads: "stdout+stderr", parse: parseTsc },
  csharp: { id: "csharp", reads: "stdout+stderr", parse: parseCsharp },
  generic: { id: "generic", reads: "stdout+stderr", parse: parseGeneric },
  // pytest: 1 = tests failed; 2 interrupted (collection errors), 3 internal error, 4 usage, 5 no tests.
  pytest: { id: "pytest", reads: "stdout+stderr", completedExitCodes: [0, 1, 2], parse: parsePytest },
  unittest: { id: "unittest", reads: "stdout+stderr", parse: parseUnittest },
  jest: { id: "jest", reads: "stdout+stderr", parse: parseJest },
};

/** True for the name of a registered format (for validating configuration). */
export function isOracleFormatId(value: string): value is OracleFormatId {
  return Object.hasOwn(ORACLE_FORMATS, value);
}

/** The format registered under `id`; throws a CodeplanError naming the known formats otherwise. */
export function getOracleFormatOrThrow(id: string): OracleFormat {
  if (!isOracleFormatId(id)) {
    const known = Object.keys(ORACLE_FORMATS).join(", ");
    throw new CodeplanError({ code: "oracle-format-unknown", userMessage: `Unknown oracle output format "${id}"; use one of ${known}.` });
  }
  return ORACLE_FORMATS[id];
}

/** Parses a tool's output in the given format into repository diagnostics (see each parser). */
export function parseDiagnostics(format: OracleFormatId, output: string, context: ParseContext): Diagnostic[] {
  return ORACLE_FORMATS[format].parse(output, context);
}
