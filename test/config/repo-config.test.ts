import { priceOf } from "../../src/config/model-prices.js";
import { DEFAULT_REPO_CONFIG, parseRepoConfig } from "../../src/config/repo-config.js";
import { CodeplanError } from "../../src/engine/index.js";

function messageOf(text: string): string {
  try {
    parseRepoConfig(text);
  } catch (error) {
    if (error instanceof CodeplanError && error.code === "invalid-config") return error.userMessage;
    throw error;
  }
  throw new Error("parseRepoConfig accepted an invalid file");
}

test("no file, or an empty one, gives defaults that work for a typical repository", () => {
  const defaults = {
    model: undefined,
    maxTokens: 8192,
    concurrency: 4,
    oracle: { kind: "auto" },
    budgets: { dollars: 5, obligations: 200, wallSeconds: 1800 },
    prices: {},
  };
  expect(DEFAULT_REPO_CONFIG).toEqual(defaults);
  expect(parseRepoConfig(undefined)).toEqual(defaults);
  expect(parseRepoConfig("# nothing yet\n")).toEqual(defaults);
});

test("every setting is read", () => {
  const config = parseRepoConfig(`
model: claude-opus-4-5
maxTokens: 4000
concurrency: 2
oracle:
  command: python -m pytest -q "tests/unit tests"
  format: pytest
  timeoutSeconds: 900
budgets: { inputTokens: 1000000, outputTokens: 50000, dollars: 2.5, obligations: 40, wallSeconds: 600 }
prices:
  my-gateway-model: { input: 2, output: 10, cacheRead: 0.2, cacheWrite: 2.5 }
`);
  expect(config).toEqual({
    model: "claude-opus-4-5",
    maxTokens: 4000,
    concurrency: 2,
    oracle: { kind: "command", argv: ["python", "-m", "pytest", "-q", "tests/unit tests"], format: "pytest", timeoutSeconds: 900 },
    budgets: { inputTokens: 1_000_000, outputTokens: 50_000, dollars: 2.5, obligations: 40, wallSeconds: 600 },
    prices: { "my-gateway-model": { inputPerMillion: 2, outputPerMillion: 10, cacheReadPerMillion: 0.2, cacheWritePerMillion: 2.5 } },
  });
  expect(parseRepoConfig("oracle: tsc\n").oracle).toEqual({ kind: "tsc" });
  expect(parseRepoConfig("oracle: { command: [dotnet, build, --no-restore], format: csharp }\n").oracle).toEqual({ kind: "command", argv: ["dotnet", "build", "--no-restore"], format: "csharp" });
});

test.each([
  ["concurrency: 2\nbudgets:\n\tdollars: 1\n", ".github/codeplan.yml line 3 is not valid YAML: Tabs are not allowed as indentation"],
  ["concurrency: 0\n", "- concurrency must be at least 1"],
  ["concurrency: many\n", "- concurrency must be a whole number"],
  ["temperature: 0.2\n", "- the file Unrecognized key: \"temperature\""],
  ["budgets: { dollars: -1 }\n", "- budgets.dollars must be greater than 0"],
  ["budgets: { tokens: 5 }\n", "- budgets Unrecognized key: \"tokens\""],
  ["oracle: mypy\n", "- oracle must be auto, none, pyright, tsc or {command, format}"],
  ["oracle: { command: make, format: maven }\n", "- oracle.format must be one of pyright, tsc, csharp, generic, pytest, unittest, jest"],
  ["oracle: { command: \"npm test && rm -rf /\" }\n", "oracle.command \"npm test && rm -rf /\" uses shell syntax"],
  ["oracle: { command: \"pytest $TESTS\" }\n", "uses shell syntax ($TESTS)"],
  ["modle: claude-opus-4-5\n", "- the file Unrecognized key: \"modle\""],
])("%j is refused with a message naming the problem", (text, expected) => {
  expect(messageOf(text)).toContain(expected);
});

test("prices: the repository's entry, else the model family's, else a message saying how to add one", () => {
  expect(priceOf("claude-sonnet-4-5-20250929")).toEqual({ inputPerMillion: 3, outputPerMillion: 15, cacheReadPerMillion: 0.3, cacheWritePerMillion: 3.75 });
  expect(priceOf("claude-opus-4-20250514").outputPerMillion).toBe(75);
  const own = { inputPerMillion: 1, outputPerMillion: 2, cacheReadPerMillion: 0.1, cacheWritePerMillion: 1.25 };
  expect(priceOf("claude-sonnet-4-5", { "claude-sonnet-4-5": own })).toBe(own);
  expect(() => priceOf("gateway/unknown")).toThrow(/does not know the price of the model "gateway\/unknown". Add it to .github\/codeplan.yml/);
});
