import { homedir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { CodeplanError } from "../engine/index.js";

const LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal", "silent"] as const;

/** pino's levels, as Probot accepts them in LOG_LEVEL. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Everything codeplan reads from the environment. Probot reads the same GitHub variables itself. */
export interface CodeplanEnv {
  /** APP_ID: the GitHub App's id; undefined until the app is registered on Probot's setup page. */
  appId: number | undefined;
  /** PRIVATE_KEY: the App's private key (PEM, or base64 of it). */
  privateKey: string | undefined;
  /** PRIVATE_KEY_PATH: a file holding the private key; used when PRIVATE_KEY is unset. */
  privateKeyPath: string | undefined;
  /** WEBHOOK_SECRET: the secret GitHub signs webhook deliveries with. */
  webhookSecret: string | undefined;
  /** WEBHOOK_PROXY_URL: a smee.io channel that forwards webhooks to a machine GitHub cannot reach. */
  webhookProxyUrl: string | undefined;
  /** GHE_HOST: a GitHub Enterprise Server host name (no scheme); undefined means github.com. */
  gheHost: string | undefined;
  /** PORT: the port Probot's HTTP server listens on. Default 3000. */
  port: number;
  /** LOG_LEVEL: the lowest level logged. Default "info". */
  logLevel: LogLevel;
  /** ANTHROPIC_API_KEY: the key for model calls; without it codeplan can plan but not edit. */
  anthropicApiKey: string | undefined;
  /** ANTHROPIC_BASE_URL: an LLM gateway or proxy to send model calls to instead of Anthropic's API. */
  anthropicBaseUrl: string | undefined;
  /** CODEPLAN_MODEL: the model that edits blocks, unless a repository's .github/codeplan.yml names one. */
  model: string;
  /** REDIS_URL: a Redis server for the job queue and Probot's rate limiting, to run several instances. */
  redisUrl: string | undefined;
  /** CODEPLAN_MAX_FILE_BYTES: files larger than this are skipped by the parser. Default 2,000,000. */
  maxFileBytes: number;
  /** CODEPLAN_PARSE_THREADS: threads that parse files while a graph is built (0: none). Default: one per core but one, at most 4. */
  parseThreads: number | undefined;
  /** CODEPLAN_CACHE_DIR: where model answers are cached. Default $XDG_CACHE_HOME/codeplan, else ~/.cache/codeplan. */
  cacheDir: string;
  /** CODEPLAN_SANDBOX: how a repository's oracle is confined: `auto` (bubblewrap where it works, else none, with a warning; the default), `bubblewrap` (or refuse to run), `none`. */
  sandbox: "auto" | "bubblewrap" | "none";
  /** CODEPLAN_ORACLE_MEMORY_MB: the memory a sandboxed oracle may use, where the machine lets codeplan limit it. Default 4096. */
  oracleMemoryMb: number;
}

const countNumber = z
  .string()
  .regex(/^\d+$/, { error: "must be a whole number (0 or more)" })
  .transform(Number);

const wholeNumber = z
  .string()
  .regex(/^[1-9]\d*$/, { error: "must be a positive whole number" })
  .transform(Number);

// Keys are the variables' own names, so a validation error names the variable to fix.
const envSchema = z.object({
  APP_ID: wholeNumber.optional(),
  PRIVATE_KEY: z.string().optional(),
  PRIVATE_KEY_PATH: z.string().optional(),
  WEBHOOK_SECRET: z.string().optional(),
  WEBHOOK_PROXY_URL: z.httpUrl({ error: "must be an http(s) URL" }).optional(),
  GHE_HOST: z
    .string()
    .regex(/^[\w.-]+(:\d+)?$/, { error: "must be a host name such as github.example.com, without https://" })
    .optional(),
  PORT: wholeNumber.refine((port) => port <= 65535, { error: "must be a port number (1-65535)" }).default(3000),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` }).default("info"),
  ANTHROPIC_API_KEY: z.string().optional(),
  ANTHROPIC_BASE_URL: z.httpUrl({ error: "must be an http(s) URL" }).optional(),
  CODEPLAN_MODEL: z.string().default("claude-sonnet-5-5"),
  REDIS_URL: z.string().optional(),
  CODEPLAN_MAX_FILE_BYTES: wholeNumber.default(2_000_000),
  CODEPLAN_PARSE_THREADS: countNumber.optional(),
  CODEPLAN_CACHE_DIR: z.string().optional(),
  CODEPLAN_SANDBOX: z.enum(["auto", "bubblewrap", "none"], { error: "must be one of auto, bubblewrap, none" }).default("auto"),
  CODEPLAN_ORACLE_MEMORY_MB: wholeNumber.default(4096),
  XDG_CACHE_HOME: z.string().optional(),
});

/**
 * Reads and validates codeplan's environment. Empty values count as unset (as `KEY=` in .env).
 * Throws a CodeplanError (code "invalid-env") naming every bad variable; never echoes a value.
 */
export function readEnv(env: NodeJS.ProcessEnv = process.env): CodeplanEnv {
  const result = envSchema.safeParse(withoutEmptyValues(env));
  if (!result.success) {
    throw new CodeplanError({ code: "invalid-env", userMessage: describeIssues(result.error), cause: result.error });
  }
  const vars = result.data;
  return {
    appId: vars.APP_ID,
    privateKey: vars.PRIVATE_KEY,
    privateKeyPath: vars.PRIVATE_KEY_PATH,
    webhookSecret: vars.WEBHOOK_SECRET,
    webhookProxyUrl: vars.WEBHOOK_PROXY_URL,
    gheHost: vars.GHE_HOST,
    port: vars.PORT,
    logLevel: vars.LOG_LEVEL,
    anthropicApiKey: vars.ANTHROPIC_API_KEY,
    anthropicBaseUrl: vars.ANTHROPIC_BASE_URL,
    model: vars.CODEPLAN_MODEL,
    redisUrl: vars.REDIS_URL,
    maxFileBytes: vars.CODEPLAN_MAX_FILE_BYTES,
    parseThreads: vars.CODEPLAN_PARSE_THREADS,
    cacheDir: vars.CODEPLAN_CACHE_DIR ?? join(vars.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "codeplan"),
    sandbox: vars.CODEPLAN_SANDBOX,
    oracleMemoryMb: vars.CODEPLAN_ORACLE_MEMORY_MB,
  };
}

function withoutEmptyValues(env: NodeJS.ProcessEnv): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && value.trim() !== "") kept[name] = value.trim();
  }
  return kept;
}

function describeIssues(error: z.ZodError): string {
  const lines = error.issues.map((issue) => `Environment variable ${String(issue.path[0])} ${issue.message}.`);
  return lines.join("\n");
}
