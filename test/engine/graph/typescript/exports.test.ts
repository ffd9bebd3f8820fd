import { checkFixture } from "../../../helpers/resolution-fixture.js";

describe("TypeScript exports and re-exports", () => {
  test("only exported names are visible to importers; export lists rename", async () => {
    const fixture = `
// --- path: src/util.ts ---
function internal(): number {
  return 1;
}
function visible(): number {
  return internal();
}
export { visible as shown, internal as helper };
function hidden(): number {
  return 2;
}

// --- path: src/main.ts ---
import { shown, helper, hidden, visible } from "./util";

export function run(): number {
  return shown() + helper();
  // ^ Calls(resolved): src/util.ts::visible
  // ^ Calls(resolved): src/util.ts::internal
}

export function wrong(): number {
  return hidden() + visible();
  // ^ !Calls: src/util.ts::hidden
  // ^ !Calls: src/util.ts::visible
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("default exports: a named function, an anonymous function, a class, an identifier, an expression", async () => {
    const fixture = `
// --- path: src/a.ts ---
export default function namedDefault(): void {}

// --- path: src/b.ts ---
export default function (): void {}

// --- path: src/c.ts ---
export default class {
  run(): void {}
}

// --- path: src/d.ts ---
class Service {
  start(): void {}
  stop(): void {}
}
export default Service;

// --- path: src/e.ts ---
import Service from "./d";
export default new Service();

// --- path: src/main.ts ---
import a from "./a";
import b from "./b";
import C from "./c";
import D from "./d";
import service from "./e";

export function main(): void {
  a();
  // ^ Calls(resolved): src/a.ts::namedDefault
  b();
  // ^ Calls(resolved): src/b.ts::default
  new C().run();
  // ^ Instantiates(resolved): src/c.ts::default
  // ^ Calls(resolved): src/c.ts::default.run
  new D().start();
  // ^ Instantiates(resolved): src/d.ts::Service
  service.stop();
  // ^ Calls(resolved): src/d.ts::Service.stop
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("re-exports: export { a as b } from, export * from, export * as ns from, through an index file", async () => {
    const fixture = `
// --- path: src/money/format.ts ---
export function formatPrice(amount: number): string {
  return String(amount);
}

// --- path: src/money/round.ts ---
export function roundCents(amount: number): number {
  return amount;
}
export function internalRound(amount: number): number {
  return amount;
}

// --- path: src/money/index.ts ---
export { formatPrice as format } from "./format";
export * from "./round";
export * as rounding from "./round";

// --- path: src/app.ts ---
import { format, roundCents, rounding, formatPrice } from "./money";

export function render(amount: number): string {
  return format(roundCents(amount));
  // ^ Calls(resolved): src/money/format.ts::formatPrice
  // ^ Calls(resolved): src/money/round.ts::roundCents
}

export function viaNamespace(amount: number): number {
  return rounding.internalRound(amount);
  // ^ Calls(resolved): src/money/round.ts::internalRound
}

export function notReexported(amount: number): string {
  return formatPrice(amount);
  // ^ !Calls: src/money/format.ts::formatPrice
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("exported const functions and classes are the blocks they define", async () => {
    const fixture = `
// --- path: src/handlers.ts ---
export const handle = async (name: string): Promise<string> => name;
export const Widget = class {
  draw(): void {}
};
export const make = function (): number {
  return 1;
};

// --- path: src/main.ts ---
import { handle, Widget, make } from "./handlers";

export async function main(): Promise<void> {
  await handle("x");
  // ^ Calls(resolved): src/handlers.ts::handle
  new Widget().draw();
  // ^ Instantiates(resolved): src/handlers.ts::Widget
  // ^ Calls(resolved): src/handlers.ts::Widget.draw
  make();
  // ^ Calls(resolved): src/handlers.ts::make
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });
});
