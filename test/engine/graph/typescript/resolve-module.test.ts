import { resolveTypeScriptModule } from "../../../../src/engine/languages/typescript/facts/resolve-typescript-module.js";
import { checkFixture } from "../../../helpers/resolution-fixture.js";

function lookup(files: string[], configs: Record<string, string> = {}) {
  return { files: new Set(files), configFiles: new Map(Object.entries(configs)) };
}

describe("TypeScript module resolution", () => {
  test("relative specifiers try TypeScript and JavaScript extensions, declaration files and index files", () => {
    const repo = lookup(["src/a.ts", "src/b.tsx", "src/c.d.ts", "src/d.js", "src/e/index.ts", "src/f/index.jsx", "lib/g.mjs", "src/a/index.ts"]);
    const from = "src/main.ts";
    expect(resolveTypeScriptModule("./a", from, repo)).toBe("src/a.ts");
    expect(resolveTypeScriptModule("./b", from, repo)).toBe("src/b.tsx");
    expect(resolveTypeScriptModule("./c", from, repo)).toBe("src/c.d.ts");
    expect(resolveTypeScriptModule("./d", from, repo)).toBe("src/d.js");
    expect(resolveTypeScriptModule("./e", from, repo)).toBe("src/e/index.ts");
    expect(resolveTypeScriptModule("./f", from, repo)).toBe("src/f/index.jsx");
    expect(resolveTypeScriptModule("../lib/g.mjs", from, repo)).toBe("lib/g.mjs");
    expect(resolveTypeScriptModule("./missing", from, repo)).toBeUndefined();
    expect(resolveTypeScriptModule("../../outside", from, repo)).toBeUndefined();
    expect(resolveTypeScriptModule(".", "src/e/inner.ts", repo)).toBe("src/e/index.ts");
  });

  test("ESM TypeScript imports siblings by their .js names; JavaScript importers prefer the .js file", () => {
    const repo = lookup(["src/engine/graph.ts", "src/ui/view.tsx", "src/both.ts", "src/both.js", "src/esm.mts"]);
    expect(resolveTypeScriptModule("./engine/graph.js", "src/index.ts", repo)).toBe("src/engine/graph.ts");
    expect(resolveTypeScriptModule("./ui/view.js", "src/index.ts", repo)).toBe("src/ui/view.tsx");
    expect(resolveTypeScriptModule("./esm.mjs", "src/index.mts", repo)).toBe("src/esm.mts");
    expect(resolveTypeScriptModule("./both.js", "src/index.ts", repo)).toBe("src/both.ts");
    expect(resolveTypeScriptModule("./both.js", "src/index.js", repo)).toBe("src/both.js");
  });

  test("bare specifiers go through the nearest tsconfig's paths and baseUrl; packages resolve to nothing", () => {
    const repo = lookup(["src/app/shell.ts", "src/shared/log.ts", "src/lib/index.ts", "packages/web/src/ui.ts", "packages/web/main.ts"], {
      "tsconfig.json": `{
        // comments and trailing commas are allowed
        "compilerOptions": {
          "baseUrl": "src",
          "paths": { "@app/*": ["app/*"], "@shared/*": ["missing/*", "shared/*"], "lib": ["lib"], },
        },
      }`,
      "packages/web/tsconfig.json": `{ "compilerOptions": { "paths": { "~/*": ["./src/*"] } } }`,
    });
    expect(resolveTypeScriptModule("@app/shell", "src/main.ts", repo)).toBe("src/app/shell.ts");
    expect(resolveTypeScriptModule("@shared/log", "src/main.ts", repo)).toBe("src/shared/log.ts");
    expect(resolveTypeScriptModule("lib", "src/main.ts", repo)).toBe("src/lib/index.ts");
    expect(resolveTypeScriptModule("shared/log", "src/main.ts", repo)).toBe("src/shared/log.ts");
    expect(resolveTypeScriptModule("react", "src/main.ts", repo)).toBeUndefined();
    expect(resolveTypeScriptModule("~/ui", "packages/web/main.ts", repo)).toBe("packages/web/src/ui.ts");
    expect(resolveTypeScriptModule("@app/shell", "packages/web/main.ts", repo)).toBeUndefined();
  });

  test("extends of a relative tsconfig brings its baseUrl and paths, relative to the config that set them", () => {
    const repo = lookup(["packages/core/src/model.ts", "packages/api/src/server.ts", "shared/types.ts"], {
      "tsconfig.base.json": `{ "compilerOptions": { "baseUrl": ".", "paths": { "@core/*": ["packages/core/src/*"] } } }`,
      "packages/api/tsconfig.json": `{ "extends": "../../tsconfig.base", "compilerOptions": { "outDir": "dist" } }`,
    });
    expect(resolveTypeScriptModule("@core/model", "packages/api/src/server.ts", repo)).toBe("packages/core/src/model.ts");
    expect(resolveTypeScriptModule("shared/types", "packages/api/src/server.ts", repo)).toBe("shared/types.ts");
  });

  test("a graph resolves path aliases from tsconfig.json", async () => {
    const fixture = `
// --- path: tsconfig.json ---
{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["src/*"] } } }

// --- path: src/money/format.ts ---
export function formatPrice(amount: number): string {
  return String(amount);
}

// --- path: src/cart/summary.ts ---
import { formatPrice } from "@/money/format";

export function summary(total: number): string {
  return formatPrice(total);
  // ^ Calls(resolved): src/money/format.ts::formatPrice
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });

  test("a graph of an ESM TypeScript project resolves ./x.js imports to the .ts and .tsx sources", async () => {
    const fixture = `
// --- path: src/engine/graph.ts ---
export function buildGraph(): number {
  return 1;
}

// --- path: src/ui/view.tsx ---
export function View() {
  return <div />;
}

// --- path: src/index.ts ---
import { buildGraph } from "./engine/graph.js";
import { View } from "./ui/view.js";

export function main(): unknown {
  buildGraph();
  // ^ Calls(resolved): src/engine/graph.ts::buildGraph
  return View();
  // ^ Calls(resolved): src/ui/view.tsx::View
}
`;
    expect(await checkFixture(fixture)).toEqual([]);
  });
});
