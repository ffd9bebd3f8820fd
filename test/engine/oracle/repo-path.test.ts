import { toRepoPath } from "../../../src/engine/oracle/repo-path.js";

describe("toRepoPath", () => {
  const posix = { repoRoot: "/work/repo" };

  it.each([
    ["/work/repo/src/a.ts", "src/a.ts"],
    ["/work/repo/./src/../lib/b.py", "lib/b.py"],
    ["src/a.ts", "src/a.ts"],
    ["./src/a.ts", "src/a.ts"],
    ["src\\pkg\\a.py", "src/pkg/a.py"],
    ["file:///work/repo/src/a.ts", "src/a.ts"],
  ])("places %s at %s", (path, expected) => {
    expect(toRepoPath(path, posix)).toBe(expected);
  });

  it.each([
    ["a sibling folder with the root's name as prefix", "/work/repository/a.ts"],
    ["a system file", "/usr/lib/python3.11/unittest/case.py"],
    ["a relative path that climbs out", "../other/a.ts"],
    ["an absolute path that climbs out", "/work/repo/../other/a.ts"],
    ["the root itself", "/work/repo"],
    ["a node internal", "node:internal/process/task_queues"],
    ["a bundler URL", "webpack:///src/a.ts"],
  ])("leaves out %s", (_name, path) => {
    expect(toRepoPath(path, posix)).toBeUndefined();
  });

  it("compares Windows paths without regard to case or slash direction", () => {
    const windows = { repoRoot: "C:\\Users\\dev\\repo" };
    expect(toRepoPath("c:/users/dev/repo/Src/App.cs", windows)).toBe("Src/App.cs");
    expect(toRepoPath("C:\\Users\\dev\\repo\\Src\\App.cs", windows)).toBe("Src/App.cs");
    expect(toRepoPath("D:\\Users\\dev\\repo\\Src\\App.cs", windows)).toBeUndefined();
  });

  it("accepts the root's other spellings", () => {
    const context = { repoRoot: "/var/folders/repo", rootAliases: ["/private/var/folders/repo"] };
    expect(toRepoPath("/private/var/folders/repo/a.py", context)).toBe("a.py");
  });
});
