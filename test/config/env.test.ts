import { homedir } from "node:os";
import { join } from "node:path";
import { readEnv } from "../../src/config/env.js";
import { CodeplanError } from "../../src/engine/index.js";

// Record, not ProcessEnv: probot narrows ProcessEnv.LOG_LEVEL to valid levels, and these values are invalid on purpose.
function errorFrom(env: Record<string, string>): CodeplanError {
  try {
    readEnv(env);
  } catch (error) {
    if (error instanceof CodeplanError) return error;
    throw error;
  }
  throw new Error("readEnv accepted an invalid environment");
}

describe("readEnv", () => {
  it("applies the defaults to an empty environment", () => {
    expect(readEnv({})).toStrictEqual({
      appId: undefined,
      privateKey: undefined,
      privateKeyPath: undefined,
      webhookSecret: undefined,
      webhookProxyUrl: undefined,
      gheHost: undefined,
      port: 3000,
      logLevel: "info",
      anthropicApiKey: undefined,
      anthropicBaseUrl: undefined,
      model: "claude-sonnet-5-5",
      redisUrl: undefined,
      maxFileBytes: 2_000_000,
      parseThreads: undefined,
      cacheDir: join(homedir(), ".cache", "codeplan"),
      sandbox: "auto",
      oracleMemoryMb: 4096,
    });
  });

  it("reads every variable, converting numbers", () => {
    const env = readEnv({
      APP_ID: "123456",
      PRIVATE_KEY: "-----BEGIN RSA PRIVATE KEY-----\nabc\n-----END RSA PRIVATE KEY-----",
      PRIVATE_KEY_PATH: "/secrets/app.pem",
      WEBHOOK_SECRET: "s3cret",
      WEBHOOK_PROXY_URL: "https://smee.io/abc123",
      GHE_HOST: "github.example.com",
      PORT: "8080",
      LOG_LEVEL: "debug",
      ANTHROPIC_API_KEY: "sk-ant-test",
      ANTHROPIC_BASE_URL: "https://llm-gateway.example.com/anthropic",
      CODEPLAN_MODEL: "claude-opus-4-1",
      REDIS_URL: "redis://127.0.0.1:6379",
      CODEPLAN_MAX_FILE_BYTES: "500000",
      CODEPLAN_PARSE_THREADS: "0",
      CODEPLAN_CACHE_DIR: "/var/cache/codeplan",
      CODEPLAN_SANDBOX: "bubblewrap",
      CODEPLAN_ORACLE_MEMORY_MB: "2048",
      UNRELATED: "ignored",
    });
    expect(env).toStrictEqual({
      appId: 123456,
      privateKey: "-----BEGIN RSA PRIVATE KEY-----\nabc\n-----END RSA PRIVATE KEY-----",
      privateKeyPath: "/secrets/app.pem",
      webhookSecret: "s3cret",
      webhookProxyUrl: "https://smee.io/abc123",
      gheHost: "github.example.com",
      port: 8080,
      logLevel: "debug",
      anthropicApiKey: "sk-ant-test",
      anthropicBaseUrl: "https://llm-gateway.example.com/anthropic",
      model: "claude-opus-4-1",
      redisUrl: "redis://127.0.0.1:6379",
      maxFileBytes: 500_000,
      parseThreads: 0,
      cacheDir: "/var/cache/codeplan",
      sandbox: "bubblewrap",
      oracleMemoryMb: 2048,
    });
  });

  it("treats empty values as unset, as `KEY=` lines in .env", () => {
    const env = readEnv({ APP_ID: "", CODEPLAN_MODEL: "  ", CODEPLAN_MAX_FILE_BYTES: "" });
    expect(env.appId).toBeUndefined();
    expect(env.model).toBe("claude-sonnet-5-5");
    expect(env.maxFileBytes).toBe(2_000_000);
  });

  it("reads process.env when given no argument", () => {
    const saved = process.env.CODEPLAN_MAX_FILE_BYTES;
    process.env.CODEPLAN_MAX_FILE_BYTES = "1234";
    try {
      expect(readEnv().maxFileBytes).toBe(1234);
    } finally {
      if (saved === undefined) delete process.env.CODEPLAN_MAX_FILE_BYTES;
      else process.env.CODEPLAN_MAX_FILE_BYTES = saved;
    }
  });

  it.each([
    ["CODEPLAN_MAX_FILE_BYTES", "2MB", "must be a positive whole number"],
    ["CODEPLAN_MAX_FILE_BYTES", "0", "must be a positive whole number"],
    ["CODEPLAN_PARSE_THREADS", "-1", "must be a whole number (0 or more)"],
    ["CODEPLAN_PARSE_THREADS", "two", "must be a whole number (0 or more)"],
    ["CODEPLAN_SANDBOX", "docker", "must be one of auto, bubblewrap, none"],
    ["CODEPLAN_ORACLE_MEMORY_MB", "4G", "must be a positive whole number"],
    ["APP_ID", "12.5", "must be a positive whole number"],
    ["PORT", "70000", "must be a port number (1-65535)"],
    ["LOG_LEVEL", "verbose", "must be one of trace, debug, info, warn, error, fatal, silent"],
    ["GHE_HOST", "https://github.example.com", "must be a host name such as github.example.com, without https://"],
    ["ANTHROPIC_BASE_URL", "llm-gateway.example.com", "must be an http(s) URL"],
    ["WEBHOOK_PROXY_URL", "ftp://smee.io/abc", "must be an http(s) URL"],
  ])("rejects %s=%s with a message naming the variable", (name, value, expectation) => {
    const error = errorFrom({ [name]: value });
    expect(error.code).toBe("invalid-env");
    expect(error.userMessage).toBe(`Environment variable ${name} ${expectation}.`);
  });

  it("names every bad variable, one per line, without echoing values", () => {
    const error = errorFrom({ PORT: "http", LOG_LEVEL: "loud", ANTHROPIC_API_KEY: "sk-ant-secret" });
    expect(error.userMessage).toBe(
      [
        "Environment variable PORT must be a positive whole number.",
        "Environment variable LOG_LEVEL must be one of trace, debug, info, warn, error, fatal, silent.",
      ].join("\n"),
    );
  });
});

test("the response cache follows XDG_CACHE_HOME when CODEPLAN_CACHE_DIR is unset", () => {
  expect(readEnv({ XDG_CACHE_HOME: "/home/dev/.xdg-cache" }).cacheDir).toBe("/home/dev/.xdg-cache/codeplan");
});
