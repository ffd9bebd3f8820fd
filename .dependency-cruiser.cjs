// codeplan's dependency direction, checked by `npm run lint` (part of `npm test`):
//   app -> jobs -> engine; the engine is pure and reaches the world only through engine/ports.ts.
// Paths are relative to the repository root; `npm run lint` cruises src/ only, so tests may
// reach into engine internals.

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      // The engine must run unchanged in tests with in-memory ports: no GitHub, no LLM SDK,
      // no file system, no child processes. Those live in src/adapters behind engine/ports.ts.
      name: "engine-is-pure",
      comment:
        "src/engine may not import probot, @octokit/*, @anthropic-ai/sdk, fs or child_process. " +
        "Reach the world through a port in src/engine/ports.ts and implement it in src/adapters.",
      severity: "error",
      from: { path: "^src/engine/" },
      to: {
        path: [
          "(^|/)node_modules/(probot|@octokit/[^/]+|@anthropic-ai/sdk)/",
          "^(node:)?(child_process|fs|fs/promises)$",
        ],
      },
    },
    {
      // The engine is the bottom layer: nothing it imports may depend on app, jobs, config, ...
      name: "engine-imports-only-engine",
      comment:
        "src/engine may import only src/engine/** among our own modules. " +
        "Pass what it needs in as a parameter or through a port instead.",
      severity: "error",
      from: { path: "^src/engine/" },
      to: { dependencyTypes: ["local"], pathNot: "^src/engine/" },
    },
    {
      // The webhook layer only authorizes, validates, enqueues and acknowledges; jobs run the engine.
      name: "app-never-imports-engine",
      comment: "src/app may not import src/engine. Enqueue a job (src/jobs) that uses the engine instead.",
      severity: "error",
      from: { path: "^src/app/" },
      to: { path: "^src/engine/" },
    },
    {
      // The engine's public surface is index.ts and ports.ts; its internals can move freely.
      name: "engine-through-its-index",
      comment:
        "Outside src/engine, import the engine only through src/engine/index.ts or src/engine/ports.ts " +
        "(export what you need from index.ts).",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/engine/" },
      to: { path: "^src/engine/", pathNot: "^src/engine/(index|ports)\\.ts$" },
    },
    {
      // A cycle makes load order matter and the layers meaningless.
      name: "no-circular",
      comment: "This import closes a cycle. Move the shared part into a module both sides import.",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      // devDependencies are not installed in production (`npm ci --omit=dev` in the Dockerfile).
      name: "no-dev-dependencies-at-run-time",
      comment:
        "src may not import a devDependency at run time (type-only imports are fine). " +
        "Move the package to dependencies with `npm install --save <pkg>`.",
      severity: "error",
      from: { path: "^src/" },
      to: { dependencyTypes: ["npm-dev"], dependencyTypesNot: ["type-only"] },
    },
    {
      // A typo in a `.js`-suffixed relative import, or a package missing from package.json.
      name: "not-to-unresolvable",
      comment: "This import does not resolve to a file or an installed package.",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Resolve like tsc does (`./x.js` -> `./x.ts`), and keep type-only imports visible to the rules.
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
    },
  },
};
