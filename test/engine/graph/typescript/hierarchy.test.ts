import { checkFixture } from "../../../helpers/resolution-fixture.js";

describe("TypeScript class hierarchy: extends, implements, interfaces, super", () => {
  test("implements and extends are bases; methods override interface signatures and base methods", async () => {
    const fixture = `
// --- path: src/source.ts ---
export interface ConfigSource {
  describe(): string;
  readText(): string;
}

export abstract class BaseSource implements ConfigSource {
  // ^ DerivedClassOf: src/source.ts::ConfigSource
  // ^ Uses(resolved): src/source.ts::ConfigSource
  abstract describe(): string;
  // ^ Overrides: src/source.ts::ConfigSource.describe
  readText(): string {
    // ^ Overrides: src/source.ts::ConfigSource.readText
    return this.describe();
    // ^ Calls(resolved): src/source.ts::BaseSource.describe
  }
}

// --- path: src/static-source.ts ---
import { BaseSource } from "./source";

export class StaticSource extends BaseSource {
  // ^ DerivedClassOf: src/source.ts::BaseSource
  describe(): string {
    // ^ Overrides: src/source.ts::BaseSource.describe
    return "static";
  }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("an interface-typed receiver calls the interface's signature; inherited members are found on the base", async () => {
    const fixture = `
// --- path: src/source.ts ---
export interface ConfigSource {
  readText(): string;
  readonly name: string;
}

export class Base {
  describe(): string {
    return "";
  }
}

export class Remote extends Base implements ConfigSource {
  readonly name = "remote";
  readText(): string {
    return "";
  }
}

// --- path: src/use.ts ---
import { ConfigSource, Remote } from "./source";

export function read(source: ConfigSource): string {
  return source.readText() + source.name;
  // ^ Calls(resolved): src/source.ts::ConfigSource.readText
  // ^ !Calls: src/source.ts::Remote.readText
  // ^ Uses(resolved): src/source.ts::ConfigSource
}

export function describe(remote: Remote): string {
  return remote.describe();
  // ^ Calls(resolved): src/source.ts::Base.describe
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("super(...) calls the base constructor; super.m() calls the base method", async () => {
    const fixture = `
// --- path: src/base.ts ---
export class Base {
  constructor(readonly name: string) {}
  start(): void {}
}

// --- path: src/derived.ts ---
import { Base } from "./base";

export class Derived extends Base {
  constructor() {
    super("derived");
    // ^ Calls(resolved): src/base.ts::Base.constructor
  }
  start(): void {
    // ^ Overrides: src/base.ts::Base.start
    super.start();
    // ^ Calls(resolved): src/base.ts::Base.start
  }
  label(): string {
    return this.name;
    // ^ Uses(resolved): src/base.ts::Base
  }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("interfaces extend interfaces; a property typed with an interface types the chain", async () => {
    const fixture = `
// --- path: src/types.ts ---
export interface Named {
  rename(name: string): void;
}
export interface Logger extends Named {
  // ^ DerivedClassOf: src/types.ts::Named
  log(message: string): void;
}
export interface Deps {
  logger: Logger;
}

// --- path: src/app.ts ---
import type { Deps } from "./types";

export function run(deps: Deps): void {
  deps.logger.log("x");
  // ^ Calls(resolved): src/types.ts::Logger.log
  // ^ Uses(resolved): src/types.ts::Deps
}

export function rename(deps: Deps): void {
  deps.logger.rename("y");
  // ^ Calls(resolved): src/types.ts::Named.rename
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("generic bases, type aliases of intersections, namespaces and enums", async () => {
    const fixture = `
// --- path: src/store.ts ---
export class Store<T> {
  get(id: string): T | undefined {
    return undefined;
  }
}
export class UserStore extends Store<string> {}
// ^ DerivedClassOf: src/store.ts::Store
export type Audited = Store<number> & { audit(): void };
export namespace Stores {
  export function make(): UserStore {
    return new UserStore();
  }
}
export enum Color {
  Red,
  Green = "g",
}

// --- path: src/app.ts ---
import { Audited, Color, Stores, UserStore } from "./store";

export function run(users: UserStore, audited: Audited): void {
  users.get("a");
  // ^ Calls(resolved): src/store.ts::Store.get
}

export function viaAlias(audited: Audited): void {
  audited.get("b");
  // ^ Calls(resolved): src/store.ts::Store.get
}

export function viaNamespace(): Color {
  Stores.make().get("c");
  // ^ Calls(resolved): src/store.ts::Stores.make
  // ^ Calls(resolved): src/store.ts::Store.get
  return Color.Green;
  // ^ Uses(resolved): src/store.ts::Color
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });
});
