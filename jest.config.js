/** ESM TypeScript through ts-jest (see ../shared/TOOLCHAIN.md); types are checked by `tsc --noEmit`. */
export default {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  extensionsToTreatAsEsm: [".ts"],
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  transform: { "^.+\\.ts$": ["ts-jest", { useESM: true, tsconfig: "tsconfig.json" }] },
  setupFiles: ["<rootDir>/test/setup/polyfills.ts"],
  setupFilesAfterEnv: ["<rootDir>/test/setup/nock-guard.ts"],
  testTimeout: 30000,
};
