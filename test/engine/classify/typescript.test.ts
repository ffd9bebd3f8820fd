import { classify, kinds, only } from "./classify-helper.js";

const money = `import { round } from "./math";

export function formatPrice(amount: number, digits: number): string {
  return "$" + round(amount, digits);
}
`;

describe("TypeScript signatures (MMS)", () => {
  test("a parameter added with and without a default, an optional one", async () => {
    const withDefault = await classify("money.ts", money, money.replace("digits: number)", 'digits: number, currency = "USD")'));
    expect(only(withDefault, "MMS").details.edits.map((edit) => edit.text)).toEqual(['parameter `currency = "USD"` added at position 3 (after `digits`) with default `"USD"`']);
    const required = await classify("money.ts", money, money.replace("digits: number)", "digits: number, currency: string)"));
    expect(only(required, "MMS").details.edits).toEqual([
      {
        edit: "parameter-added",
        parameter: { name: "currency", kind: "positional", type: "string", optional: false, modifiers: [] },
        position: 2,
        required: true,
        text: "parameter `currency: string` added at position 3 (after `digits`) without a default (callers must pass it)",
      },
    ]);
    const optional = await classify("money.ts", money, money.replace("digits: number)", "digits: number, currency?: string)"));
    expect(only(optional, "MMS").details.edits).toMatchObject([{ edit: "parameter-added", required: false }]);
  });

  test("a removed, a renamed and a retyped parameter", async () => {
    const removed = await classify("money.ts", money, money.replace(", digits: number)", ")").replace("round(amount, digits)", "round(amount, 2)"));
    expect(only(removed, "MMS").details.edits.map((edit) => edit.text)).toEqual(["parameter `digits: number` removed (was at position 2)"]);
    const renamed = await classify("money.ts", money, money.replace(/\bdigits\b/g, "places").replace("places: number", "places: bigint"));
    expect(only(renamed, "MMS").details.edits.map((edit) => edit.text)).toEqual([
      "parameter `digits` renamed to `places`",
      "type of parameter `places` changed from `number` to `bigint`",
    ]);
  });

  test("reordered parameters", async () => {
    const changes = await classify("money.ts", money, money.replace("amount: number, digits: number", "digits: number, amount: number"));
    expect(kinds(changes)).toEqual(["MMS formatPrice"]);
    expect(only(changes, "MMS").details.edits.map((edit) => edit.text)).toEqual(["parameters reordered from (amount, digits) to (digits, amount)"]);
  });

  test("a method made async: async added and the return type changed", async () => {
    const before = "export class ConfigLoader {\n  readConfig(): Config {\n    const text = this.source.readText();\n    return parse(text);\n  }\n}\n";
    const after = "export class ConfigLoader {\n  async readConfig(): Promise<Config> {\n    const text = await this.source.readTextAsync();\n    return parse(text);\n  }\n}\n";
    const changes = await classify("loader.ts", before, after);
    expect(kinds(changes)).toEqual(["MMS ConfigLoader.readConfig", "MMB ConfigLoader.readConfig"]);
    expect(only(changes, "MMS").details.edits).toEqual([
      { edit: "async-added", text: "became async (callers must await it)" },
      { edit: "return-type-changed", from: "Config", to: "Promise<Config>", text: "return type changed from `Config` to `Promise<Config>`" },
    ]);
    expect(only(changes, "MMB").details.escapes).toMatchObject({ newlyAwaited: ["await this.source.readTextAsync()"] });
  });

  test("an arrow-function block, a renamed method and modifiers", async () => {
    const arrows = await classify("f.ts", "const double = (x: number) => x * 2;\n", "export const double = async (x: number) => x * 2;\n");
    expect(only(arrows, "MMS").details.edits.map((edit) => edit.text)).toEqual(["became async (callers must await it)", "`export` added"]);
    const before = "class Repo {\n  find(id: string) {\n    const row = this.rows[id];\n    if (!row) return undefined;\n    return row;\n  }\n}\n";
    const after = before.replace("  find(", "  private static lookup(");
    const renamed = await classify("repo.ts", before, after);
    expect(renamed).toEqual([expect.objectContaining({ kind: "MMS", blockId: "repo.ts::Repo.find", afterBlockId: "repo.ts::Repo.lookup", classId: "repo.ts::Repo" })]);
    expect(only(renamed, "MMS").details.edits.map((edit) => edit.text)).toEqual(["renamed from `find` to `lookup`", "`private` added", "`static` added"]);
  });
});

describe("TypeScript classes, interfaces and imports", () => {
  const service = `export class OrderService extends Base {
  private readonly repo: Repo;
  retries = 3;

  constructor(repo: Repo) {
    super();
    this.repo = repo;
  }

  place(order: Order): void {
    this.repo.save(order);
  }
}
`;

  test("a field added, changed and removed; a constructor parameter property is a field too", async () => {
    const after = service
      .replace("  retries = 3;\n", "  retries: number = 5;\n  private clock?: Clock;\n")
      .replace("constructor(repo: Repo)", "constructor(repo: Repo, private readonly logger: Logger)");
    const changes = await classify("svc.ts", service, after);
    expect(kinds(changes)).toEqual(["MF OrderService retries", "AF OrderService clock", "AF OrderService logger", "MCC OrderService.constructor"]);
    expect(only(changes, "MF").details.edits.map((edit) => edit.text)).toEqual(["type changed from (none) to `number`", "value changed from `3` to `5`"]);
    expect(changes.filter((change) => change.kind === "AF").map((change) => change.summary)).toEqual([
      "field `clock: Clock` added to `OrderService`",
      "field `logger: Logger` added to `OrderService` (declared by the constructor)",
    ]);
    expect(only(changes, "MCC").details.edits).toMatchObject([{ edit: "parameter-added", parameter: { name: "logger", modifiers: ["private", "readonly"] }, required: true }]);
    expect(kinds(await classify("svc.ts", service, service.replace("  retries = 3;\n", "")))).toEqual(["DF OrderService retries"]);
  });

  test("class declaration changes (MC); interfaces' property signatures are fields", async () => {
    const changes = await classify("svc.ts", service, service.replace("extends Base {", "extends Base implements Service {").replace("export class", "export abstract class"));
    expect(only(changes, "MC").details.edits.map((edit) => edit.text)).toEqual(["base `Service` added", "`abstract` added"]);
    const iface = "export interface Page {\n  id: string;\n  read(n: number): string;\n}\n";
    const widened = await classify("page.ts", iface, iface.replace("  id: string;\n", "  id: string | number;\n  title?: string;\n"));
    expect(kinds(widened)).toEqual(["MF Page id", "AF Page title"]);
  });

  test("methods, constructors and classes added and deleted", async () => {
    const after = service.replace("  place(order: Order): void {\n    this.repo.save(order);\n  }\n", "  cancel(id: string): void {}\n") + "\nexport class Audit {\n  log(): void {}\n}\n";
    expect(kinds(await classify("svc.ts", service, after))).toEqual(["DM OrderService.place", "AM OrderService.cancel", "AC Audit"]);
    const noCtor = service.replace(/ {2}constructor[\s\S]*?\n {2}}\n\n/, "");
    expect(kinds(await classify("svc.ts", service, noCtor))).toEqual(["DCC OrderService.constructor"]);
    expect(kinds(await classify("svc.ts", noCtor, service))).toEqual(["ACC OrderService.constructor"]);
    expect(kinds(await classify("svc.ts", service, undefined))).toEqual(["DC OrderService", "DCC OrderService.constructor", "DM OrderService.place"]);
  });

  test("imports and exports by name", async () => {
    const before = 'import { round, floor } from "./math";\nimport type { Config } from "./config";\nexport const DEFAULT_CURRENCY = "USD";\n';
    const after = 'import { round } from "./math";\nimport type { Config } from "./settings";\nimport * as log from "./log";\nexport const DEFAULT_CURRENCY = "EUR";\nexport { round };\n';
    const changes = await classify("money.ts", before, after);
    expect(kinds(changes)).toEqual(["DI <module> floor", "MI <module> Config", "MI <module> DEFAULT_CURRENCY", "AI <module> log", "AI <module> round"]);
    expect(changes.map((change) => change.summary)).toEqual([
      "import `floor` removed",
      'import `Config` changed from `import type { Config } from "./config"` to `import type { Config } from "./settings"`',
      'module-level name `DEFAULT_CURRENCY` changed from `export const DEFAULT_CURRENCY = "USD"` to `export const DEFAULT_CURRENCY = "EUR"`',
      "import `log` from `./log` added",
      "export `round` added",
    ]);
  });

  test("module statements that bind nothing are an MMB nobody can observe", async () => {
    const changes = await classify("a.test.ts", 'import { f } from "./f";\ntest("f", () => { expect(f(1)).toBe(1); });\n', 'import { f } from "./f";\ntest("f", () => { expect(f(1, 2)).toBe(1); });\n');
    expect(changes).toEqual([expect.objectContaining({ kind: "MMB", blockId: "a.test.ts::<module>", details: expect.objectContaining({ escaping: false }) })]);
  });
});
