import { checkFixture } from "../../../helpers/resolution-fixture.js";

const MODELS = `
// --- path: src/models.ts ---
export class User {
  name = "";
}
export interface Address {
  city: string;
}
export type Id = string;
export namespace Shapes {
  export interface Circle {
    radius: number;
  }
}
`;

describe("TypeScript type references", () => {
  test("annotations, generic arguments, unions, arrays, return types and qualified names use the class", async () => {
    const fixture = `${MODELS}
// --- path: src/app.ts ---
import type { Address, Id, Shapes, User } from "./models";

export function find(id: Id): Promise<User | undefined> {
  // ^ Uses(resolved): src/models.ts::Id
  // ^ Uses(resolved): src/models.ts::User
  return Promise.resolve(undefined);
}

export function all(): Map<string, Address[]> {
  // ^ Uses(resolved): src/models.ts::Address
  return new Map();
}

export function area(shape: Shapes.Circle): number {
  // ^ Uses(resolved): src/models.ts::Shapes.Circle
  return shape.radius;
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("as, satisfies, type arguments of calls, typeof and type parameters", async () => {
    const fixture = `${MODELS}
// --- path: src/app.ts ---
import { Address, User } from "./models";

function parse<T>(text: string): T {
  return JSON.parse(text) as T;
}

export function load(text: string): void {
  const raw = JSON.parse(text) as User;
  // ^ Uses(resolved): src/models.ts::User
  const address = { city: "x" } satisfies Address;
  // ^ Uses(resolved): src/models.ts::Address
  parse<User>(text);
  // ^ Calls(resolved): src/app.ts::parse
}

export function kind(value: typeof load): void {
  // ^ Uses(resolved): src/app.ts::load
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("a type parameter named like a class is not that class", async () => {
    const fixture = `
// --- path: src/t.ts ---
export class T {
  run(): void {}
}

export function identity<T>(value: T): T {
  // ^ !Uses: src/t.ts::T
  return value;
}

export class Box<T> {
  constructor(private readonly item: T) {}
  // ^ !Uses: src/t.ts::T
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });
});
