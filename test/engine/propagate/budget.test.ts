import { RunBudget } from "../../../src/engine/propagate/budget.js";

const answer = { inputTokens: 100, outputTokens: 20, cacheReadInputTokens: 300, cacheCreationInputTokens: 50, dollars: 0.0123456789, fromCache: false };

test("spending sums answers, counts cached ones apart, and rounds dollars to a millionth", () => {
  let now = 1_000;
  const budget = new RunBudget({}, () => now);
  budget.recordObligation();
  budget.recordAnswer(answer);
  budget.recordAnswer({ ...answer, inputTokens: 0, outputTokens: 0, cacheReadInputTokens: 0, cacheCreationInputTokens: 0, dollars: 0, fromCache: true });
  budget.recordAnswer(undefined);
  now = 3_500;
  expect(budget.spending()).toEqual({
    inputTokens: 100,
    outputTokens: 20,
    cacheReadInputTokens: 300,
    cacheCreationInputTokens: 50,
    dollars: 0.012346,
    modelCalls: 3,
    cachedAnswers: 1,
    mechanicalEdits: 0,
    obligations: 1,
    seconds: 2.5,
  });
  expect(budget.exhausted()).toBeUndefined();
});

test.each([
  [{ inputTokens: 450 }, "inputTokens"],
  [{ inputTokens: 451 }, undefined],
  [{ outputTokens: 20 }, "outputTokens"],
  [{ dollars: 0.01 }, "dollars"],
  [{ obligations: 1 }, "obligations"],
  [{ wallSeconds: 2 }, "wallSeconds"],
  [{ wallSeconds: 3 }, undefined],
] as const)("limits %j: exhausted is %s (cache reads and writes count as input)", (limits, expected) => {
  let now = 0;
  const budget = new RunBudget(limits, () => now);
  budget.recordObligation();
  budget.recordAnswer(answer);
  now = 2_000;
  expect(budget.exhausted()).toBe(expected);
});

test("the time left before the wall-clock limit", () => {
  let now = 10_000;
  const budget = new RunBudget({ wallSeconds: 5 }, () => now);
  now = 12_000;
  expect(budget.msUntilWallLimit()).toBe(3_000);
  now = 20_000;
  expect(budget.msUntilWallLimit()).toBe(0);
  expect(new RunBudget({}).msUntilWallLimit()).toBeUndefined();
});
