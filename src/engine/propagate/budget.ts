import type { ModelUsage } from "../ports.js";

/** Limits of one run; an unset limit is unlimited. */
export interface BudgetLimits {
  /** Input tokens billed (full rate, cache reads and cache writes together). */
  inputTokens?: number;
  outputTokens?: number;
  /** US dollars, as the model's answers report them. */
  dollars?: number;
  /** Obligations visited (one model conversation each, retries included). */
  obligations?: number;
  /** Wall-clock seconds from the start of the run. */
  wallSeconds?: number;
}

export type BudgetName = keyof BudgetLimits;

/** What a run has spent so far. */
export interface Spending {
  inputTokens: number;
  outputTokens: number;
  cacheReadInputTokens: number;
  cacheCreationInputTokens: number;
  dollars: number;
  /** Answers the model was asked for (a retry is a second call). */
  modelCalls: number;
  /** Answers served by the response cache, free. */
  cachedAnswers: number;
  /** Obligations done without the model (mechanical renames). */
  mechanicalEdits: number;
  obligations: number;
  seconds: number;
}

/** Counts what a run spends and says which limit, if any, has run out. */
export class RunBudget {
  private readonly startedAt: number;
  private readonly spent = { inputTokens: 0, outputTokens: 0, cacheReadInputTokens: 0, cacheCreationInputTokens: 0, dollars: 0, modelCalls: 0, cachedAnswers: 0, mechanicalEdits: 0, obligations: 0 };

  constructor(
    readonly limits: BudgetLimits = {},
    private readonly now: () => number = Date.now,
  ) {
    this.startedAt = now();
  }

  recordObligation(): void {
    this.spent.obligations++;
  }

  recordMechanicalEdit(): void {
    this.spent.mechanicalEdits++;
  }

  recordAnswer(usage: ModelUsage | undefined): void {
    this.spent.modelCalls++;
    if (!usage) return;
    if (usage.fromCache) this.spent.cachedAnswers++;
    this.spent.inputTokens += usage.inputTokens;
    this.spent.outputTokens += usage.outputTokens;
    this.spent.cacheReadInputTokens += usage.cacheReadInputTokens;
    this.spent.cacheCreationInputTokens += usage.cacheCreationInputTokens;
    this.spent.dollars += usage.dollars;
  }

  /** The first limit that is used up (no further obligation may start), or undefined. */
  exhausted(): BudgetName | undefined {
    const { limits } = this;
    const spent = this.spending();
    const allInput = spent.inputTokens + spent.cacheReadInputTokens + spent.cacheCreationInputTokens;
    if (limits.obligations !== undefined && spent.obligations >= limits.obligations) return "obligations";
    if (limits.inputTokens !== undefined && allInput >= limits.inputTokens) return "inputTokens";
    if (limits.outputTokens !== undefined && spent.outputTokens >= limits.outputTokens) return "outputTokens";
    if (limits.dollars !== undefined && spent.dollars >= limits.dollars) return "dollars";
    if (limits.wallSeconds !== undefined && spent.seconds >= limits.wallSeconds) return "wallSeconds";
    return undefined;
  }

  /** Milliseconds until the wall-clock limit, or undefined when there is none. */
  msUntilWallLimit(): number | undefined {
    if (this.limits.wallSeconds === undefined) return undefined;
    return Math.max(0, this.startedAt + this.limits.wallSeconds * 1000 - this.now());
  }

  spending(): Spending {
    return { ...this.spent, dollars: Math.round(this.spent.dollars * 1e6) / 1e6, seconds: (this.now() - this.startedAt) / 1000 };
  }
}
