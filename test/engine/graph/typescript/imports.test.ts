import { checkFixture } from "../../../helpers/resolution-fixture.js";

describe("TypeScript imports", () => {
  test("named imports, aliases, default imports and namespace imports bind the exported definitions", async () => {
    const fixture = `
// --- path: src/money.ts ---
export function formatPrice(amount: number): string {
  return amount.toFixed(2);
}
export function roundCents(amount: number): number {
  return Math.round(amount * 100) / 100;
}
export default function parseMoney(text: string): number {
  return Number(text);
}

// --- path: src/cart.ts ---
import parse, { formatPrice as fmt, roundCents } from "./money";
import * as money from "./money";

export function summary(total: number): string {
  return fmt(roundCents(total));
  // ^ Calls(resolved): src/money.ts::formatPrice
  // ^ Calls(resolved): src/money.ts::roundCents
  // ^ Imports: src/cart.ts::<module>
}

export function parsed(text: string): string {
  return money.formatPrice(parse(text));
  // ^ Calls(resolved): src/money.ts::formatPrice
  // ^ Calls(resolved): src/money.ts::parseMoney
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("import type binds types for annotations; a type-only import still types receivers", async () => {
    const fixture = `
// --- path: src/config/loader.ts ---
export class ConfigLoader {
  readConfig(): string {
    return "";
  }
}

// --- path: src/status.ts ---
import type { ConfigLoader } from "./config/loader";
import { type ConfigLoader as Loader } from "./config/loader";

export function printStatus(loader: ConfigLoader): void {
  // ^ Uses(resolved): src/config/loader.ts::ConfigLoader
  console.log(loader.readConfig());
  // ^ Calls(resolved): src/config/loader.ts::ConfigLoader.readConfig
}

export function again(loader: Loader): string {
  return loader.readConfig();
  // ^ Calls(resolved): src/config/loader.ts::ConfigLoader.readConfig
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("a local variable or parameter shadows an imported function of the same name", async () => {
    const fixture = `
// --- path: src/format.ts ---
export function format(value: number): string {
  return String(value);
}

// --- path: src/report.ts ---
import { format } from "./format";

export function render(values: number[], format: (n: number) => string): string[] {
  return values.map((value) => format(value));
  // ^ !Calls: src/format.ts::format
}

export function plain(value: number): string {
  const format = (n: number) => n.toString();
  return format(value);
  // ^ !Calls: src/format.ts::format
}

export function real(value: number): string {
  return format(value);
  // ^ Calls(resolved): src/format.ts::format
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("an import from a package outside the repository resolves to nothing, not to a same-named local file", async () => {
    const fixture = `
// --- path: src/lodash.ts ---
export function chunk(items: number[]): number[][] {
  return [items];
}

// --- path: src/app.ts ---
import { chunk } from "lodash";
import { Client } from "@acme/sdk";

export function pages(items: number[]): number[][] {
  return chunk(items);
  // ^ !Calls: src/lodash.ts::chunk
}

export function send(client: Client): void {
  client.chunk([1]);
  // ^ !Calls: src/lodash.ts::chunk
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });
});
