import { checkFixture } from "../../../helpers/resolution-fixture.js";

const LOADER = `
// --- path: src/config/types.ts ---
export interface Config {
  service: string;
  targets: Record<string, string>;
}

// --- path: src/config/loader.ts ---
import type { Config } from "./types";

export class ConfigLoader {
  readConfig(): Config {
    return { service: "", targets: {} };
  }
  async load(): Promise<Config> {
    return this.readConfig();
  }
}
`;

describe("TypeScript receivers: this, fields, parameter properties, annotations", () => {
  test("this is the enclosing class's instance, also inside arrow callbacks", async () => {
    const fixture = `
// --- path: src/repo.ts ---
export class Repo {
  load(key: string): string {
    return key;
  }

  reload(keys: string[]): string[] {
    this.load("a");
    // ^ Calls(resolved): src/repo.ts::Repo.load
    return keys.map((key) => this.reload2(key));
    // ^ Calls(resolved): src/repo.ts::Repo.reload2
  }

  reload2(key: string): string {
    return key;
  }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("constructor parameter properties are typed fields (the DeployPlanner shape)", async () => {
    const fixture = `${LOADER}
// --- path: src/deploy/planner.ts ---
import type { ConfigLoader } from "../config/loader";

export class DeployPlanner {
  constructor(private readonly loader: ConfigLoader) {}

  plan(names: string[]): string {
    const cfg = this.loader.readConfig();
    // ^ Calls(resolved): src/config/loader.ts::ConfigLoader.readConfig
    // ^ Uses(resolved): src/deploy/planner.ts::DeployPlanner
    return cfg.service;
    // ^ Uses(resolved): src/config/types.ts::Config
  }

  allTargets(): string[] {
    return Object.keys(this.loader.readConfig().targets).sort();
    // ^ Calls(resolved): src/config/loader.ts::ConfigLoader.readConfig
  }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("class fields typed by annotation or by their initialiser; #private fields", async () => {
    const fixture = `${LOADER}
// --- path: src/service.ts ---
import { ConfigLoader } from "./config/loader";

export class Service {
  private loader = new ConfigLoader();
  // ^ Instantiates(resolved): src/config/loader.ts::ConfigLoader
  backup: ConfigLoader;
  #secret = new ConfigLoader();
  static shared: ConfigLoader | undefined;

  constructor(backup: ConfigLoader) {
    this.backup = backup;
  }

  run(): void {
    this.loader.readConfig();
    // ^ Calls(resolved): src/config/loader.ts::ConfigLoader.readConfig
    this.backup.load();
    // ^ Calls(resolved): src/config/loader.ts::ConfigLoader.load
  }

  secret(): void {
    this.#secret.readConfig();
    // ^ Calls(resolved): src/config/loader.ts::ConfigLoader.readConfig
    Service.shared?.load();
    // ^ Calls(resolved): src/config/loader.ts::ConfigLoader.load
  }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("annotated parameters and locals, return types with Promise stripped, await", async () => {
    const fixture = `${LOADER}
// --- path: src/use.ts ---
import { ConfigLoader } from "./config/loader";
import type { Config } from "./config/types";

function makeLoader(): ConfigLoader {
  return new ConfigLoader();
}

async function fetchConfig(loader: ConfigLoader): Promise<Config> {
  return loader.load();
  // ^ Calls(resolved): src/config/loader.ts::ConfigLoader.load
}

export async function main(): Promise<string> {
  const loader: ConfigLoader = makeLoader();
  loader.readConfig();
  // ^ Calls(resolved): src/config/loader.ts::ConfigLoader.readConfig
  const config = await fetchConfig(makeLoader());
  return config.service;
  // ^ Uses(resolved): src/config/types.ts::Config
}

export function chained(): string {
  return makeLoader().readConfig().service;
  // ^ Calls(resolved): src/config/loader.ts::ConfigLoader.readConfig
  // ^ Uses(resolved): src/config/types.ts::Config
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("new, optional chaining, non-null assertions and as-casts keep the receiver", async () => {
    const fixture = `${LOADER}
// --- path: src/use.ts ---
import { ConfigLoader } from "./config/loader";

export function created(): void {
  new ConfigLoader().readConfig();
  // ^ Instantiates(resolved): src/config/loader.ts::ConfigLoader
  // ^ Calls(resolved): src/config/loader.ts::ConfigLoader.readConfig
}

export function optional(maybe?: ConfigLoader): void {
  maybe?.load();
  // ^ Calls(resolved): src/config/loader.ts::ConfigLoader.load
}

export function asserted(maybe?: ConfigLoader): void {
  const sure = maybe!;
  sure.readConfig();
  // ^ Calls(resolved): src/config/loader.ts::ConfigLoader.readConfig
}

export function cast(other: unknown): void {
  const loader = other as ConfigLoader;
  // ^ Uses(resolved): src/config/loader.ts::ConfigLoader
  loader.load();
  // ^ Calls(resolved): src/config/loader.ts::ConfigLoader.load
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("static methods through the class; a local assigned later; loop variables typed from arrays", async () => {
    const fixture = `
// --- path: src/models.ts ---
export class User {
  static create(name: string): User {
    return new User();
  }
  greet(): string {
    return "hi";
  }
}

// --- path: src/app.ts ---
import { User } from "./models";

export function welcome(): void {
  const first = User.create("a");
  // ^ Calls(resolved): src/models.ts::User.create
  first.greet();
  // ^ Calls(resolved): src/models.ts::User.greet
}

export function later(): void {
  let late;
  late = new User();
  late.greet();
  // ^ Calls(resolved): src/models.ts::User.greet
}

export function loop(users: User[], names: string[]): void {
  for (const name of names) {
    console.log(name);
  }
  for (const user of users) {
    user.greet();
    // ^ Calls(resolved): src/models.ts::User.greet
  }
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("getters are called when read; setters are members too", async () => {
    const fixture = `
// --- path: src/counter.ts ---
export class Counter {
  private reads = 0;
  get count(): number {
    return this.reads;
    // ^ Uses(resolved): src/counter.ts::Counter
  }
  set count(value: number) {
    this.reads = value;
  }
}

// --- path: src/app.ts ---
import { Counter } from "./counter";

export function show(counter: Counter): number {
  return counter.count;
  // ^ Calls(resolved): src/counter.ts::Counter.count
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });
});
