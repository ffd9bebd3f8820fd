import { blockFacts, factsOf, referenceLines as references } from "../../../helpers/facts.js";




describe("TypeScript facts extraction", () => {
  test("imports, exports, re-exports and module values of an ES module", async () => {
    const facts = await factsOf(
      "src/index.ts",
      `import parse, { format as fmt, type Money } from "./money";
import * as util from "./util";
import "./polyfill";
export { total } from "./cart";
export * from "./types";
export * as shapes from "./shapes";
export const registry = new Map<string, Money>(), limit: number = 3;
export function run(): void {}
export default class Service {}
const local = util.make(), { a, b: renamed } = parse("x");
export { local as shared, fmt };
`,
    );
    expect(facts.explicitExports).toBe(true);
    expect(facts.imports).toEqual([
      { kind: "names", specifier: "./money", names: [{ imported: "default", local: "parse" }, { imported: "format", local: "fmt" }, { imported: "Money", local: "Money" }], line: 1 },
      { kind: "module", specifier: "./util", names: [{ imported: "*", local: "util" }], line: 2 },
      { kind: "names", specifier: "./polyfill", names: [], line: 3 },
      { kind: "names", specifier: "./cart", names: [{ imported: "total", local: "total" }], reexport: true, line: 4 },
      { kind: "star", specifier: "./types", names: [], reexport: true, line: 5 },
      { kind: "module", specifier: "./shapes", names: [{ imported: "*", local: "shapes" }], reexport: true, line: 6 },
    ]);
    expect(facts.exports).toEqual([
      { local: "registry", exported: "registry" },
      { local: "limit", exported: "limit" },
      { local: "run", exported: "run" },
      { local: "Service", exported: "default" },
      { local: "local", exported: "shared" },
      { local: "fmt", exported: "fmt" },
    ]);
    expect(facts.values).toEqual([
      { name: "registry", value: [{ name: "Map", new: true }], line: 7 },
      { name: "limit", type: "number", line: 7 },
      { name: "local", value: [{ name: "util" }, { name: "make", call: true }], line: 10 },
      { name: "a", line: 10 },
      { name: "renamed", line: 10 },
    ]);
  });

  test("a class: parameter properties, fields, this.x assignments, accessors, static methods, bases", async () => {
    const facts = await factsOf(
      "src/planner.ts",
      `export class Planner<T> extends Base<T> implements IPlanner, ns.Other {
  private cache = new Cache();
  items: Item[] = [];
  static instances: number;
  constructor(private readonly loader: ConfigLoader, public name?: string, plain = 1) {
    super();
    this.started = Date.now();
    this.helper = new Helper();
  }
  get size(): number { return 0; }
  static create(): Planner<string> { return new Planner(null!); }
  async plan(): Promise<Plan> { return this.loader.readConfig(); }
}
`,
    );
    expect(facts.classes).toEqual([
      {
        blockId: "src/planner.ts::Planner",
        name: "Planner",
        bases: ["Base", "IPlanner", "ns.Other"],
        members: [
          { name: "constructor", kind: "constructor", blockId: "src/planner.ts::Planner.constructor", line: 5 },
          { name: "size", kind: "property", blockId: "src/planner.ts::Planner.size", line: 10 },
          { name: "create", kind: "method", blockId: "src/planner.ts::Planner.create", isStatic: true, line: 11 },
          { name: "plan", kind: "method", blockId: "src/planner.ts::Planner.plan", line: 12 },
          { name: "cache", kind: "field", value: [{ name: "Cache", new: true }], line: 2 },
          { name: "items", kind: "field", type: "Array", line: 3 },
          { name: "instances", kind: "field", type: "number", isStatic: true, line: 4 },
          { name: "loader", kind: "field", type: "ConfigLoader", definedIn: "src/planner.ts::Planner.constructor", line: 5 },
          { name: "name", kind: "field", type: "string", definedIn: "src/planner.ts::Planner.constructor", line: 5 },
          { name: "started", kind: "field", value: [{ name: "Date" }, { name: "now", call: true }], definedIn: "src/planner.ts::Planner.constructor", line: 7 },
          { name: "helper", kind: "field", value: [{ name: "Helper", new: true }], definedIn: "src/planner.ts::Planner.constructor", line: 8 },
        ],
      },
    ]);
    const plan = blockFacts(facts, "Planner.plan");
    expect(plan.isAsync).toBe(true);
    expect(plan.returns).toBe("Plan");
    expect(references(plan)).toEqual(["12 type Promise", "12 type Plan", "12 expression this.loader.readConfig()"]);
    expect(blockFacts(facts, "Planner.constructor").locals).toEqual([
      { name: "loader", type: "ConfigLoader" },
      { name: "name", type: "string" },
      { name: "plain" },
    ]);
    expect(references(blockFacts(facts, "Planner"))).toEqual([
      "1 type Base",
      "1 type IPlanner",
      "1 type ns.Other",
      "2 expression Cache[new]",
      "3 type Item",
    ]);
  });

  test("chains: optional calls, non-null, await, new with qualified names, calls on call results, subscripts", async () => {
    const facts = await factsOf(
      "src/chains.ts",
      `export async function run(api: Api) {
  const user = await api.users?.find!(1).profile;
  new models.User<Role>(api).save?.();
  make()(api.key);
  rows[0].send(this.x);
  api.list().map((item) => item.id);
}
`,
    );
    const run = blockFacts(facts, "run");
    expect(references(run)).toEqual([
      "1 type Api",
      "2 expression api.users.find().profile",
      "3 expression models.User[new].save()",
      "3 expression api",
      "3 type Role",
      "4 expression make()",
      "4 expression api.key",
      "5 expression rows",
      "5 expression this.x",
      "6 expression api.list().map()",
      "6 expression item.id",
    ]);
    expect(run.locals).toEqual([
      { name: "api", type: "Api" },
      { name: "user", value: [{ name: "api" }, { name: "users" }, { name: "find", call: true }, { name: "profile" }] },
      { name: "item" },
    ]);
  });

  test("a CommonJS file: requires are imports, module.exports and exports.x are its exports", async () => {
    const facts = await factsOf(
      "lib/index.js",
      `const path = require("path");
const { helper, other: alias } = require("./helper");
const Repo = require("./repo").Repo;
exports.run = function run() { return helper(); };
exports.version = "1";
module.exports.alias = alias;
module.exports = { Repo, make: () => new Repo(), count: 2 };
`,
    );
    expect(facts.imports).toEqual([
      { kind: "module", specifier: "path", names: [{ imported: "*", local: "path" }], line: 1 },
      { kind: "names", specifier: "./helper", names: [{ imported: "helper", local: "helper" }, { imported: "other", local: "alias" }], line: 2 },
      { kind: "names", specifier: "./repo", names: [{ imported: "Repo", local: "Repo" }], line: 3 },
    ]);
    expect(facts.exports).toEqual([
      { local: "run", exported: "run" },
      { local: "exports.version", exported: "version" },
      { local: "alias", exported: "alias" },
      { local: "Repo", exported: "Repo" },
      { local: "module.exports.count", exported: "count" },
    ]);
    expect(facts.values).toEqual([
      { name: "exports.version", line: 5 },
      { name: "module.exports.count", line: 7 },
    ]);
    expect(references(blockFacts(facts, "run"))).toEqual(["4 expression helper()"]);
  });
});
