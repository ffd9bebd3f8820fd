import { callEdges as calls, parseWithFacts as parsed } from "../../../helpers/facts.js";
import { buildFixtureGraph } from "../../../helpers/resolution-fixture.js";

const FILES = {
  "src/config/loader.ts": ["export class ConfigLoader {", "  readConfig(): string {", '    return "";', "  }", "}", ""].join("\n"),
  "src/deploy/planner.ts": [
    'import type { ConfigLoader } from "../config/loader";',
    "",
    "export class DeployPlanner {",
    "  constructor(private readonly loader: ConfigLoader) {}",
    "",
    "  plan(): string {",
    "    return this.loader.readConfig();",
    "  }",
    "",
    "  allTargets(): string[] {",
    "    return [this.loader.readConfig()];",
    "  }",
    "}",
    "",
  ].join("\n"),
};



describe("incremental update of a TypeScript file", () => {
  test("a renamed callee keeps its unedited callers; an edited caller's edges are recomputed", async () => {
    const graph = await buildFixtureGraph(FILES);
    expect(calls(graph.graph.edgesTo("src/config/loader.ts::ConfigLoader.readConfig"))).toEqual([
      "src/deploy/planner.ts::DeployPlanner.plan -> src/config/loader.ts::ConfigLoader.readConfig @7",
      "src/deploy/planner.ts::DeployPlanner.allTargets -> src/config/loader.ts::ConfigLoader.readConfig @11",
    ]);

    const renamed = FILES["src/config/loader.ts"].replace("readConfig(): string", "loadConfig(): Promise<string>");
    graph.updateFile(await parsed("src/config/loader.ts", renamed));
    expect(graph.graph.getBlock("src/config/loader.ts::ConfigLoader.readConfig")).toBeUndefined();
    expect(calls(graph.graph.edgesTo("src/config/loader.ts::ConfigLoader.loadConfig"))).toEqual([
      "src/deploy/planner.ts::DeployPlanner.plan -> src/config/loader.ts::ConfigLoader.loadConfig @7",
      "src/deploy/planner.ts::DeployPlanner.allTargets -> src/config/loader.ts::ConfigLoader.loadConfig @11",
    ]);

    const edited = FILES["src/deploy/planner.ts"].replace(
      "  plan(): string {\n    return this.loader.readConfig();",
      "  async plan(): Promise<string> {\n    return await this.loader.loadConfig();",
    );
    const update = graph.updateFile(await parsed("src/deploy/planner.ts", edited));
    expect(update.recomputed).toEqual(["src/deploy/planner.ts::DeployPlanner.plan"]);
    expect(calls(graph.graph.edgesFrom("src/deploy/planner.ts::DeployPlanner.plan"))).toEqual([
      "src/deploy/planner.ts::DeployPlanner.plan -> src/config/loader.ts::ConfigLoader.loadConfig @7",
    ]);
    expect(calls(graph.graph.edgesFrom("src/deploy/planner.ts::DeployPlanner.allTargets"))).toEqual([
      "src/deploy/planner.ts::DeployPlanner.allTargets -> src/config/loader.ts::ConfigLoader.loadConfig @11",
    ]);
  });

  test("an edited caller that now calls a different method loses its old edge", async () => {
    const graph = await buildFixtureGraph({
      ...FILES,
      "src/config/loader.ts": FILES["src/config/loader.ts"].replace("export class ConfigLoader {", "export class ConfigLoader {\n  reset(): void {}"),
    });
    const edited = FILES["src/deploy/planner.ts"].replace("return [this.loader.readConfig()];", "this.loader.reset();\n    return [];");
    graph.updateFile(await parsed("src/deploy/planner.ts", edited));
    expect(calls(graph.graph.edgesFrom("src/deploy/planner.ts::DeployPlanner.allTargets"))).toEqual([
      "src/deploy/planner.ts::DeployPlanner.allTargets -> src/config/loader.ts::ConfigLoader.reset @11",
    ]);
    expect(calls(graph.graph.edgesTo("src/config/loader.ts::ConfigLoader.readConfig"))).toEqual([
      "src/deploy/planner.ts::DeployPlanner.plan -> src/config/loader.ts::ConfigLoader.readConfig @7",
    ]);
  });
});
