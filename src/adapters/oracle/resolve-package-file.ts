import { createRequire } from "node:module";
import { CodeplanError } from "../../engine/index.js";

const require = createRequire(import.meta.url);

/** The absolute path of a file inside an npm package codeplan has installed (`pyright`, `typescript/bin/tsc`). */
export function resolvePackageFile(specifier: string): string {
  try {
    return require.resolve(specifier);
  } catch (error) {
    const pkg = specifier.split("/")[0] ?? specifier;
    throw new CodeplanError({
      code: "oracle-not-found",
      userMessage: `The oracle needs the npm package ${pkg}, which is not installed next to codeplan. Install it with \`npm install ${pkg}\`.`,
      cause: error,
    });
  }
}
