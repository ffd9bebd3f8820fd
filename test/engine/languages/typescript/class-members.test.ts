import { blockOf, normalised, parseOne, symbolsOf } from "../../../helpers/make-repo.js";

describe("TypeScript class and interface members", () => {
  const source = `import { log } from "./log";

// A loader reads and caches configs.
export class ConfigLoader extends Base implements Loader {
  private reads = 0;
  static readonly shared = new ConfigLoader();
  onChange = (next: Config) => this.emit(next);

  constructor(private readonly source: Source) {
    super();
  }

  /** How often the source was read. */
  get readCount(): number {
    return this.reads;
  }

  set readCount(value: number) {
    this.reads = value;
  }

  @log
  @memoize({ ttl: 5 })
  async readConfig(): Promise<Config> {
    return this.parse(await this.source.read());
  }

  static create(): ConfigLoader {
    return new ConfigLoader(defaultSource);
  }

  private *keys(): Generator<string> {
    yield "a";
  }

  #secret(): void {}

  [Symbol.iterator](): Iterator<string> {
    return this.keys();
  }

  "quoted name"(): void {}
}
`;

  test("methods, the constructor and accessors are blocks; fields stay in the class", async () => {
    const parsed = await parseOne("src/loader.ts", source);
    expect(symbolsOf(parsed)).toEqual([
      "<module> module",
      "ConfigLoader class",
      "ConfigLoader.constructor constructor",
      "ConfigLoader.readCount accessor",
      "ConfigLoader.readCount#2 accessor",
      "ConfigLoader.readConfig method",
      "ConfigLoader.create method",
      "ConfigLoader.keys method",
      "ConfigLoader.#secret method",
      "ConfigLoader.[Symbol.iterator] method",
      "ConfigLoader.quoted name method",
    ]);
    expect(normalised(blockOf(parsed, "ConfigLoader").text)).toBe(
      [
        "export class ConfigLoader extends Base implements Loader {",
        "  private reads = 0;",
        "  static readonly shared = new ConfigLoader();",
        "  onChange = (next: Config) => this.emit(next);",
        "  /** How often the source was read. */",
        "}",
      ].join("\n"),
    );
    expect(normalised(blockOf(parsed, "<module>").text)).toBe(
      [`import { log } from "./log";`, "// A loader reads and caches configs."].join("\n"),
    );
  });

  test("decorators beside a method belong to it; signatures and parents are exact", async () => {
    const parsed = await parseOne("src/loader.ts", source);
    const readConfig = blockOf(parsed, "ConfigLoader.readConfig");
    expect(readConfig.text).toBe(
      "@log\n  @memoize({ ttl: 5 })\n  async readConfig(): Promise<Config> {\n    return this.parse(await this.source.read());\n  }",
    );
    expect(readConfig.signature).toBe("@log @memoize({ ttl: 5 }) async readConfig(): Promise<Config>");
    expect(readConfig.span.startLine).toBe(22);
    expect(readConfig.span.endLine).toBe(26);
    expect(readConfig.parentId).toBe("src/loader.ts::ConfigLoader");
    expect(blockOf(parsed, "ConfigLoader").signature).toBe("export class ConfigLoader extends Base implements Loader");
    expect(blockOf(parsed, "ConfigLoader.constructor").signature).toBe("constructor(private readonly source: Source)");
    expect(blockOf(parsed, "ConfigLoader.readCount#2").signature).toBe("set readCount(value: number)");
    expect(blockOf(parsed, "ConfigLoader.keys").signature).toBe("private *keys(): Generator<string>");
    expect(blockOf(parsed, "ConfigLoader.readCount").text).toBe("get readCount(): number {\n    return this.reads;\n  }");
  });

  test("a method named get or constructor-like static is an ordinary method", async () => {
    const parsed = await parseOne("a.ts", "class Store {\n  get(key: string) {}\n  set(key: string) {}\n  static constructor() {}\n}\n");
    expect(symbolsOf(parsed)).toEqual([
      "Store class",
      "Store.get method",
      "Store.set method",
      "Store.constructor method",
    ]);
  });

  test("interface method signatures are blocks with their separator; property signatures stay in the interface", async () => {
    const parsed = await parseOne(
      "src/store.ts",
      `export interface PageStore<T> extends Store {
  readonly name: string;
  read(id: string): Promise<T>;
  write?(page: T): void,
  [key: string]: unknown;
  new (name: string): PageStore<T>;
  (id: string): T;
  get size(): number;
}
`,
    );
    expect(symbolsOf(parsed)).toEqual([
      "PageStore interface",
      "PageStore.read signature",
      "PageStore.write signature",
      "PageStore.size signature",
    ]);
    expect(normalised(blockOf(parsed, "PageStore").text)).toBe(
      [
        "export interface PageStore<T> extends Store {",
        "  readonly name: string;",
        "  [key: string]: unknown;",
        "  new (name: string): PageStore<T>;",
        "  (id: string): T;",
        "}",
      ].join("\n"),
    );
    const read = blockOf(parsed, "PageStore.read");
    expect(read.text).toBe("read(id: string): Promise<T>;");
    expect(read.signature).toBe("read(id: string): Promise<T>;");
    expect(read.bodyStart).toBe(read.span.end);
    expect(blockOf(parsed, "PageStore.write").text).toBe("write?(page: T): void,");
    expect(blockOf(parsed, "PageStore").signature).toBe("export interface PageStore<T> extends Store");
  });

  test("abstract methods and method overloads are signature blocks", async () => {
    const parsed = await parseOne(
      "a.ts",
      `export abstract class Handler {
  protected abstract process(input: string): void;
  abstract get ready(): boolean;
  format(value: string): string;
  format(value: number): string;
  format(value: unknown): string {
    return String(value);
  }
}
`,
    );
    expect(symbolsOf(parsed)).toEqual([
      "Handler class",
      "Handler.process signature",
      "Handler.ready signature",
      "Handler.format signature",
      "Handler.format#2 signature",
      "Handler.format#3 method",
    ]);
    expect(blockOf(parsed, "Handler.process").text).toBe("protected abstract process(input: string): void;");
    expect(normalised(blockOf(parsed, "Handler").text)).toBe("export abstract class Handler {\n}");
  });

  test("class decorators and `export` open the class block; enum and type bodies have no member blocks", async () => {
    const parsed = await parseOne(
      "a.ts",
      `@Component({ selector: "app" })
export class AppComponent {}

export enum Color {
  Red = "red",
}

export type Point = {
  x: number;
  move(dx: number): void;
};
`,
    );
    expect(symbolsOf(parsed)).toEqual(["AppComponent class", "Color enum", "Point type"]);
    expect(blockOf(parsed, "AppComponent").signature).toBe(`@Component({ selector: "app" }) export class AppComponent`);
    expect(blockOf(parsed, "Color").signature).toBe("export enum Color");
    expect(blockOf(parsed, "Point").signature).toBe("export type Point =");
    expect(normalised(blockOf(parsed, "Point").text)).toBe(
      ["export type Point = {", "  x: number;", "  move(dx: number): void;", "};"].join("\n"),
    );
  });
});
