import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { DiskSourceTree } from "../../src/adapters/disk-source-tree.js";
import { isCodeplanError } from "../../src/engine/index.js";

let root: string;

async function write(files: Record<string, string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "codeplan-tree-"));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

test("lists source files, honouring root and nested .gitignore and skipping vendored folders", async () => {
  await write({
    ".gitignore": "*.log\n/generated/\n",
    "app/.gitignore": "local_settings.py\n",
    "app/main.py": "",
    "app/local_settings.py": "",
    "app/debug.log": "",
    "generated/api.ts": "",
    "lib/generated/keep.ts": "",
    "node_modules/left-pad/index.js": "",
    "src/Shop/bin/Debug/Shop.cs": "",
    "src/Shop/obj/x.cs": "",
    ".venv/lib/site.py": "",
    "packages/core/index.ts": "",
    ".git/config": "",
  });
  expect(await new DiskSourceTree(root).listFiles()).toEqual([
    ".gitignore",
    "app/.gitignore",
    "app/main.py",
    "lib/generated/keep.ts",
    "packages/core/index.ts",
  ]);
});

test("reads, writes and deletes files; a missing file is a CodeplanError naming it", async () => {
  const tree = new DiskSourceTree(root);
  await tree.writeFile("deep/new.py", new TextEncoder().encode("x = 1\n"));
  expect(new TextDecoder().decode(await tree.readFile("deep/new.py"))).toBe("x = 1\n");
  await tree.deleteFile("deep/new.py");
  const error = await tree.readFile("deep/new.py").catch((caught: unknown) => caught);
  expect(isCodeplanError(error) && error.code).toBe("file-not-found");
  expect(isCodeplanError(error) && error.userMessage).toContain("deep/new.py");
});
