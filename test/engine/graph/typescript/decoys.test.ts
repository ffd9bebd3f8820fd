import { checkFixture } from "../../../helpers/resolution-fixture.js";

describe("TypeScript decoys that must not resolve", () => {
  test("a method of the same name on an unrelated class is not called through a typed receiver", async () => {
    const fixture = `
// --- path: src/loader.ts ---
export class ConfigLoader {
  readConfig(): string {
    return "";
  }
}

// --- path: src/cache.ts ---
export class CacheLoader {
  readConfig(): string {
    return "cached";
  }
}

// --- path: src/app.ts ---
import { ConfigLoader } from "./loader";
import { CacheLoader } from "./cache";

export function run(loader: ConfigLoader): string {
  return loader.readConfig();
  // ^ Calls(resolved): src/loader.ts::ConfigLoader.readConfig
  // ^ !Calls: src/cache.ts::CacheLoader.readConfig
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("a builtin global's method named like a repository method is not that method", async () => {
    const fixture = `
// --- path: src/parser.ts ---
export class Parser {
  parse(text: string): unknown {
    return JSON.parse(text);
    // ^ !Calls: src/parser.ts::Parser.parse
  }
  keys(): string[] {
    return Object.keys(this);
  }
}

// --- path: src/app.ts ---
import { Parser } from "./parser";

export function run(text: string, count: number): string {
  const trimmed = text.trim();
  console.log(Math.round(count), new Parser());
  return trimmed.toString();
}

export function keys(items: Record<string, number>): string[] {
  return Object.keys(items);
  // ^ !Calls: src/parser.ts::Parser.keys
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("a function named like a method, and a method named like a function, do not meet", async () => {
    const fixture = `
// --- path: src/money.ts ---
export function formatPrice(amount: number): string {
  return String(amount);
}
export class Formatter {
  formatPrice(amount: number): string {
    return "$" + amount;
  }
  render(amount: number): string {
    return formatPrice(amount);
    // ^ Calls(resolved): src/money.ts::formatPrice
    // ^ !Calls: src/money.ts::Formatter.formatPrice
  }
  other(amount: number): string {
    return this.formatPrice(amount);
    // ^ Calls(resolved): src/money.ts::Formatter.formatPrice
    // ^ !Calls: src/money.ts::formatPrice
  }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("an untyped receiver gets name-only candidates, none when there are more than three", async () => {
    const fixture = `
// --- path: src/shapes.ts ---
export class A { draw(): void {} area(): number { return 1; } }
export class B { draw(): void {} }
export class C { draw(): void {} }
export class D { draw(): void {} }

// --- path: src/app.ts ---
import { A, B, C, D } from "./shapes";

export function paint(shape: any): void {
  shape.draw();
  // ^ !Calls: src/shapes.ts::A.draw
  // ^ !Calls: src/shapes.ts::D.draw
}

export function measure(shape: any): number {
  return shape.area();
  // ^ Calls(name-only): src/shapes.ts::A.area
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("a module-level name bound inside one test callback does not leak into a function", async () => {
    const fixture = `
// --- path: src/loader.ts ---
export class Loader {
  read(): string {
    return "";
  }
}
export function helper(): string {
  return "";
}

// --- path: test/loader.test.ts ---
import { Loader, helper } from "../src/loader";

declare function test(name: string, fn: () => void): void;

test("a", () => {
  const helper = new Loader();
  helper.read();
  // ^ Calls(resolved): src/loader.ts::Loader.read
});

function check(): string {
  return helper();
  // ^ Calls(resolved): src/loader.ts::helper
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });
});
