import { blockOf, normalised, parseOne, symbolsOf } from "../../../helpers/make-repo.js";

describe("TypeScript top-level definitions", () => {
  test("functions, classes, interfaces, enums, types and function consts are blocks; other statements are <module>", async () => {
    const parsed = await parseOne(
      "src/money.ts",
      `import type { Price } from "./types";

export const DEFAULT_CURRENCY = "USD";

export function formatPrice(amount: number, currency: string): string {
  return \`\${currency} \${amount.toFixed(2)}\`;
}

export function* ids(): Generator<number> {
  yield 1;
}

export const toCents = (amount: number): number => Math.round(amount * 100);

export const parseAmount = async function (text: string): Promise<number> {
  return Number(text);
};

export class Wallet {}

export abstract class Account {}

export interface PriceSource {}

export enum Rounding {
  Up,
  Down,
}

export const enum Flag {
  On,
}

export type Amount = number | bigint;

const rates = new Map<string, number>();
`,
    );
    expect(symbolsOf(parsed)).toEqual([
      "<module> module",
      "formatPrice function",
      "ids function",
      "toCents function",
      "parseAmount function",
      "Wallet class",
      "Account class",
      "PriceSource interface",
      "Rounding enum",
      "Flag enum",
      "Amount type",
    ]);
    expect(normalised(blockOf(parsed, "<module>").text)).toBe(
      [
        `import type { Price } from "./types";`,
        `export const DEFAULT_CURRENCY = "USD";`,
        "const rates = new Map<string, number>();",
      ].join("\n"),
    );
  });

  test("a function const's block starts at `export const` and its signature runs to the body", async () => {
    const parsed = await parseOne(
      "a.ts",
      `export const handler: Handler = async <T,>(req: T): Promise<void> => {
  await req;
};
const square = (x: number) => x * x;
`,
    );
    const handler = blockOf(parsed, "handler");
    expect(handler.text).toBe("export const handler: Handler = async <T,>(req: T): Promise<void> => {\n  await req;\n};");
    expect(handler.signature).toBe("export const handler: Handler = async <T,>(req: T): Promise<void> =>");
    expect(handler.span).toEqual({ start: 0, end: parsed.text.indexOf("};") + 2, startLine: 1, endLine: 3 });
    const square = blockOf(parsed, "square");
    expect(square.signature).toBe("const square = (x: number) =>");
    expect(parsed.text.slice(square.bodyStart)).toBe("x * x;\n");
  });

  test("let, var and values wrapped in parentheses, `as` or `satisfies` are function blocks too", async () => {
    const parsed = await parseOne(
      "a.ts",
      `let onReady = () => {};
var legacy = function () {};
const wrapped = ((x: number) => x) as unknown as Fn;
const checked = ((x: number) => x) satisfies Fn;
const Shape = class {
  area() {
    return 0;
  }
};
const { a, b } = pair();
`,
    );
    expect(symbolsOf(parsed)).toEqual([
      "<module> module",
      "onReady function",
      "legacy function",
      "wrapped function",
      "checked function",
      "Shape class",
      "Shape.area method",
    ]);
    expect(normalised(blockOf(parsed, "<module>").text)).toBe("const { a, b } = pair();");
  });

  test("in a const with several declarators each function spans its own declarator", async () => {
    const parsed = await parseOne("a.ts", "export const inc = (x: number) => x + 1, step = 2, dec = (x: number) => x - 1;\n");
    expect(symbolsOf(parsed)).toEqual(["<module> module", "inc function", "dec function"]);
    expect(blockOf(parsed, "inc").text).toBe("inc = (x: number) => x + 1");
    expect(blockOf(parsed, "<module>").text).toBe("export const , step = 2, ;\n");
  });

  test("test(...) calls are <module>, and a function declared in their callback is a top-level block", async () => {
    const parsed = await parseOne(
      "test/money.test.ts",
      `import { test } from "./harness";

test("formats", () => {
  function sample(): number {
    return 1;
  }
  const local = () => 2;
  assertEqual(formatPrice(sample()), "USD 1.00");
});
`,
    );
    expect(symbolsOf(parsed)).toEqual(["<module> module", "sample function"]);
    expect(normalised(blockOf(parsed, "<module>").text)).toBe(
      [
        `import { test } from "./harness";`,
        `test("formats", () => {`,
        "  const local = () => 2;",
        `  assertEqual(formatPrice(sample()), "USD 1.00");`,
        "});",
      ].join("\n"),
    );
    expect(blockOf(parsed, "sample").parentId).toBe("test/money.test.ts::<module>");
  });

  test("function overload signatures are signature blocks f, f#2 and the implementation f#3", async () => {
    const parsed = await parseOne(
      "a.ts",
      `export function parse(value: string): number;
export function parse(value: number): number;
export function parse(value: string | number): number {
  return Number(value);
}
`,
    );
    expect(symbolsOf(parsed)).toEqual(["parse signature", "parse#2 signature", "parse#3 function"]);
    const first = blockOf(parsed, "parse");
    expect(first.text).toBe("export function parse(value: string): number;");
    expect(first.signature).toBe("export function parse(value: string): number;");
    expect(first.bodyStart).toBe(first.span.end);
    expect(blockOf(parsed, "parse#3").signature).toBe("export function parse(value: string | number): number");
  });

  test("default exports are named `default`, or by their own name when they have one", async () => {
    const parsed = await parseOne(
      "a.ts",
      `export default function () {
  return 1;
}
export default class {}
export default () => 2;
export default function named() {}
export default abstract class Base {}
export default config;
`,
    );
    expect(symbolsOf(parsed)).toEqual([
      "<module> module",
      "default function",
      "default#2 class",
      "default#3 function",
      "named function",
      "Base class",
    ]);
    expect(blockOf(parsed, "default").signature).toBe("export default function ()");
    expect(normalised(blockOf(parsed, "<module>").text)).toBe("export default config;");
  });

  test("ambient declarations are blocks whose start includes `declare`", async () => {
    const parsed = await parseOne(
      "globals.d.ts",
      `declare function log(message: string): void;
export declare class Logger {
  level: number;
  write(line: string): void;
}
declare const VERSION: string;
declare module "untyped-lib";
`,
    );
    expect(symbolsOf(parsed)).toEqual(["<module> module", "log signature", "Logger class", "Logger.write signature"]);
    expect(blockOf(parsed, "log").signature).toBe("declare function log(message: string): void;");
    expect(normalised(blockOf(parsed, "Logger").text)).toBe(["export declare class Logger {", "  level: number;", "}"].join("\n"));
    expect(normalised(blockOf(parsed, "<module>").text)).toBe([`declare const VERSION: string;`, `declare module "untyped-lib";`].join("\n"));
  });

  test("a function declared inside a top-level if is a top-level block", async () => {
    const parsed = await parseOne("a.ts", "if (typeof window === 'undefined') {\n  function polyfill() {}\n}\n");
    expect(symbolsOf(parsed)).toEqual(["<module> module", "polyfill function"]);
    expect(normalised(blockOf(parsed, "<module>").text)).toBe("if (typeof window === 'undefined') {\n}");
  });
});
