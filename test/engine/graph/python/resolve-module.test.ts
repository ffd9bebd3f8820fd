import { resolvePythonModule } from "../../../../src/engine/languages/python/facts/resolve-python-module.js";

function lookup(...files: string[]) {
  return { files: new Set(files), configFiles: new Map<string, string>() };
}

describe("resolvePythonModule", () => {
  const repo = lookup(
    "app/__init__.py",
    "app/models.py",
    "app/api/__init__.py",
    "app/api/views.py",
    "src/lib/__init__.py",
    "src/lib/core.py",
    "src/lib/core.pyi",
    "stubs/only.pyi",
    "scripts/run.py",
    "scripts/helpers.py",
    "nspkg/sub/tool.py",
    "backend/service/__init__.py",
    "backend/service/db.py",
    "backend/service/logging.py",
    "shadow/tests/test_shadow.py",
    "src/shadow/__init__.py",
  );

  test.each([
    ["app.models", "app/api/views.py", "app/models.py"],
    ["app", "scripts/run.py", "app/__init__.py"],
    ["app.api", "app/models.py", "app/api/__init__.py"],
    [".", "app/api/views.py", "app/api/__init__.py"],
    [".views", "app/api/__init__.py", "app/api/views.py"],
    ["..models", "app/api/views.py", "app/models.py"],
    ["..", "app/api/views.py", "app/__init__.py"],
    ["lib.core", "app/models.py", "src/lib/core.py"],
    ["stubs.only", "app/models.py", "stubs/only.pyi"],
    ["helpers", "scripts/run.py", "scripts/helpers.py"],
    ["nspkg.sub", "app/models.py", "nspkg/sub/__init__.py"],
    ["service.db", "backend/service/__init__.py", "backend/service/db.py"],
    ["shadow", "app/models.py", "src/shadow/__init__.py"],
  ])("%s from %s is %s", (specifier, from, expected) => {
    expect(resolvePythonModule(specifier, from, repo)).toBe(expected);
  });

  test.each([
    ["os.path", "app/models.py"],
    ["requests", "app/models.py"],
    ["helpers", "app/models.py"],
    ["logging", "backend/service/db.py"],
    ["...too.far", "app/models.py"],
  ])("%s from %s is outside the repository", (specifier, from) => {
    expect(resolvePythonModule(specifier, from, repo)).toBeUndefined();
  });
});
