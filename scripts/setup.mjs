#!/usr/bin/env node
// Makes a fresh checkout ready for `npm test` / `npm start`: npm packages, system packages, build.
// Runs from the pretest/prestart hooks, before node_modules exist: plain Node, no dependencies.
// Silent and fast when there is nothing to do.
//
//   node scripts/setup.mjs [--for test|start]    (no --for: everything)
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";

/** System commands the tests need, with the Debian package that provides each. Later issues add entries. */
const SYSTEM_PACKAGES = [
  { command: "git", aptPackage: "git", why: "git workspace tests use real temporary repositories" },
  { command: "mcs", aptPackage: "mono-mcs", why: "the C# oracle tests compile with mcs" },
  // Debian's pytest with Debian's python3 (pytest-3), whatever python3 comes first on PATH.
  { command: "pytest-3", aptPackage: "python3-pytest", why: "the pytest oracle tests parse real pytest output" },
  { command: "bwrap", aptPackage: "bubblewrap", why: "the oracle sandbox tests confine real commands in bubblewrap" },
  // { command: "redis-server", aptPackage: "redis-server", why: "the queue tests" },
];

const root = fileURLToPath(new URL("..", import.meta.url));
const purpose = readPurpose(process.argv.slice(2));

// 1. npm packages   2. system packages (tests)   3. build (start)
installNpmPackages();
if (purpose !== "start") installSystemPackages();
if (purpose !== "test") build();

function readPurpose(args) {
  const index = args.indexOf("--for");
  if (index === -1) return "all";
  const value = args[index + 1];
  if (value === "test" || value === "start") return value;
  fail(`usage: node scripts/setup.mjs [--for test|start] (got --for ${value ?? "nothing"})`);
}

function installNpmPackages() {
  const lockPath = join(root, "package-lock.json");
  const installedLockPath = join(root, "node_modules", ".package-lock.json");
  const lockInSync = existsSync(lockPath) && lockMatchesPackageJson(lockPath);
  const upToDate = lockInSync && existsSync(installedLockPath) && mtime(installedLockPath) >= mtime(lockPath);
  if (upToDate) return;
  // Tests and the build both need devDependencies, which NODE_ENV=production would leave out.
  const options = ["--include=dev", "--no-audit", "--no-fund"];
  if (lockInSync) {
    console.log("setup: installing npm packages (npm ci)");
    // npm 11.16+ can reject a lockfile it wrote itself (npm/cli#9846): then install from it instead.
    const ci = spawnSync("npm", ["ci", ...options], { cwd: root, stdio: ["inherit", "inherit", "pipe"] });
    if (ci.status === 0) return;
    console.log("setup: npm ci refused package-lock.json; running npm install instead");
  } else {
    console.log("setup: installing npm packages (npm install: package.json changed since package-lock.json)");
  }
  run("npm", ["install", ...options]);
}

/** True when package-lock.json was written for package.json's current dependency lists. */
function lockMatchesPackageJson(lockPath) {
  const pkg = readJson(join(root, "package.json"));
  const locked = readJson(lockPath).packages?.[""] ?? {};
  const fields = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"];
  return fields.every((field) => sameEntries(pkg[field], locked[field]));
}

function installSystemPackages() {
  const missing = SYSTEM_PACKAGES.filter(({ command }) => !onPath(command));
  if (missing.length === 0) return;
  const packages = missing.map(({ aptPackage }) => aptPackage);
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !onPath("apt-get")) {
    const lines = missing.map(({ command, aptPackage, why }) => `  ${command} (Debian package ${aptPackage}): ${why}`);
    const sudo = isRoot ? "" : "sudo ";
    fail(
      `The tests need system packages that are not installed:\n${lines.join("\n")}\n` +
        `Install them (Debian/Ubuntu) with:\n  ${sudo}apt-get update && ${sudo}apt-get install -y --no-install-recommends ${packages.join(" ")}`,
    );
  }
  console.log(`setup: installing ${packages.join(", ")} with apt-get`);
  run("apt-get", ["update"]);
  run("apt-get", ["install", "-y", "--no-install-recommends", ...packages], { DEBIAN_FRONTEND: "noninteractive" });
  const stillMissing = missing.filter(({ command }) => !onPath(command)).map(({ command }) => command);
  if (stillMissing.length > 0) fail(`setup: apt-get finished but ${stillMissing.join(", ")} is still not on PATH`);
}

function build() {
  // A stamp rather than dist/index.js, because tsc writes its output even when the build fails.
  const stamp = join(root, "dist", ".setup-built");
  const inputs = [join(root, "tsconfig.json"), join(root, "tsconfig.build.json"), ...filesUnder(join(root, "src"))];
  const newestInput = Math.max(...inputs.filter((file) => existsSync(file)).map(mtime));
  if (existsSync(stamp) && mtime(stamp) >= newestInput) return;
  console.log("setup: building dist/ (npm run build)");
  const startedAt = new Date();
  run("npm", ["run", "build", "--silent"]);
  writeFileSync(stamp, "");
  utimesSync(stamp, startedAt, startedAt); // a source saved during the build triggers the next one
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

function onPath(command) {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      // not in this directory
    }
  }
  return false;
}

function run(command, args, extraEnv = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...extraEnv } });
  if (result.error) fail(`setup: could not run ${command}: ${result.error.message}`);
  if (result.status !== 0) fail(`setup: \`${command} ${args.join(" ")}\` failed (exit ${result.status ?? result.signal})`);
}

function sameEntries(a = {}, b = {}) {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => a[key] === b[key]);
}

function readJson(path) {
  return JSON.parse(readFileSync(path, "utf8"));
}

function mtime(path) {
  return statSync(path).mtimeMs;
}

function fail(message) {
  console.error(message);
  process.exit(1);
}
