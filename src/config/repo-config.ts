import { parse as parseShellWords } from "shell-quote";
import { parseDocument } from "yaml";
import { z } from "zod";
import { CodeplanError, ORACLE_FORMATS, type BudgetLimits, type OracleFormatId } from "../engine/index.js";
import type { ModelPrice } from "./model-prices.js";

/** Where a repository keeps its codeplan settings. */
export const REPO_CONFIG_PATH = ".github/codeplan.yml";

/** How a run checks the repository: a built-in type checker, the repository's own command, or nothing. */
export type OracleConfig =
  | { kind: "auto" }
  | { kind: "none" }
  | { kind: "pyright"; timeoutSeconds?: number }
  | { kind: "tsc"; timeoutSeconds?: number }
  | { kind: "command"; argv: string[]; format: OracleFormatId; timeoutSeconds?: number };

/** A repository's `.github/codeplan.yml`, with defaults filled in. */
export interface RepoConfig {
  /** The model that edits blocks; undefined: the server's CODEPLAN_MODEL. */
  model: string | undefined;
  maxTokens: number;
  /** Obligations whose model calls run at the same time. */
  concurrency: number;
  oracle: OracleConfig;
  budgets: BudgetLimits;
  /** Prices per model id, US dollars per million tokens, over the built-in table. */
  prices: Record<string, ModelPrice>;
}

const positive = z.number({ error: "must be a number" }).positive({ error: "must be greater than 0" });
const count = z.number({ error: "must be a whole number" }).int({ error: "must be a whole number" }).positive({ error: "must be at least 1" });
const formats = Object.keys(ORACLE_FORMATS) as [OracleFormatId, ...OracleFormatId[]];

const commandOracle = z.strictObject({
  command: z.union([z.string().min(1, { error: "must not be empty" }), z.array(z.string()).min(1, { error: "must not be empty" })]),
  format: z.enum(formats, { error: `must be one of ${formats.join(", ")}` }).default("generic"),
  timeoutSeconds: count.optional(),
});

const presetOracle = z.enum(["auto", "none", "pyright", "tsc"], { error: "must be auto, none, pyright, tsc or {command, format}" });

// Checked by the value's own type, so an error speaks of the form the user chose (not "invalid input").
const oracleSetting = z.unknown().transform((value, context) => {
  const result = typeof value === "object" && value !== null ? commandOracle.safeParse(value) : presetOracle.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) context.addIssue({ code: "custom", message: issue.message, path: issue.path });
  return z.NEVER;
});

const schema = z.strictObject({
  model: z.string().min(1).optional(),
  maxTokens: count.default(8192),
  concurrency: count.max(32, { error: "must be at most 32" }).default(4),
  oracle: oracleSetting.default("auto"),
  budgets: z
    .strictObject({ inputTokens: count.optional(), outputTokens: count.optional(), dollars: positive.optional(), obligations: count.optional(), wallSeconds: count.optional() })
    .default({ dollars: 5, obligations: 200, wallSeconds: 1800 }),
  prices: z.record(z.string(), z.strictObject({ input: positive, output: positive, cacheRead: positive, cacheWrite: positive })).default({}),
});

export const DEFAULT_REPO_CONFIG: RepoConfig = toRepoConfig(schema.parse({}));

/**
 * Parses `.github/codeplan.yml` (undefined: the file does not exist, all defaults). Throws a
 * CodeplanError (code "invalid-config") naming the line of a YAML error or each bad setting.
 */
export function parseRepoConfig(text: string | undefined): RepoConfig {
  if (text === undefined) return DEFAULT_REPO_CONFIG;
  const document = parseDocument(text);
  const [yamlError] = document.errors;
  if (yamlError) {
    const line = yamlError.linePos?.[0].line;
    const message = yamlError.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "");
    throw invalid(`${REPO_CONFIG_PATH}${line ? ` line ${line}` : ""} is not valid YAML: ${message}`);
  }
  const result = schema.safeParse(document.toJS() ?? {});
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join(".") : "the file"} ${issue.message}`);
    throw invalid(`${REPO_CONFIG_PATH} has invalid settings:\n${lines.map((line) => `- ${line}`).join("\n")}`);
  }
  return toRepoConfig(result.data);
}

function toRepoConfig(data: z.infer<typeof schema>): RepoConfig {
  return {
    model: data.model,
    maxTokens: data.maxTokens,
    concurrency: data.concurrency,
    oracle: toOracleConfig(data.oracle),
    budgets: data.budgets,
    prices: Object.fromEntries(
      Object.entries(data.prices).map(([model, price]) => [model, { inputPerMillion: price.input, outputPerMillion: price.output, cacheReadPerMillion: price.cacheRead, cacheWritePerMillion: price.cacheWrite }]),
    ),
  };
}

function toOracleConfig(oracle: z.infer<typeof schema>["oracle"]): OracleConfig {
  if (typeof oracle === "string") return { kind: oracle };
  const argv = typeof oracle.command === "string" ? splitCommand(oracle.command) : oracle.command;
  return { kind: "command", argv, format: oracle.format, ...(oracle.timeoutSeconds ? { timeoutSeconds: oracle.timeoutSeconds } : {}) };
}

/** Shell words, without a shell: operators, globs and variables are refused rather than half-understood. */
function splitCommand(command: string): string[] {
  const words = parseShellWords(command, (name) => `$${name}`);
  const bad = words.find((word) => typeof word !== "string" || word.includes("$"));
  if (bad !== undefined) {
    throw invalid(`${REPO_CONFIG_PATH}: oracle.command "${command}" uses shell syntax (${typeof bad === "string" ? bad : JSON.stringify(bad)}); it is run without a shell — give one program and its arguments, or a script in the repository that does the rest.`);
  }
  return words as string[];
}

function invalid(userMessage: string): CodeplanError {
  return new CodeplanError({ code: "invalid-config", userMessage, location: { file: REPO_CONFIG_PATH } });
}
