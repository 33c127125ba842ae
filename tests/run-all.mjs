#!/usr/bin/env node
// `npm test`: every check the project has, in order, ending with one "N passed, N failed" line.
// Static checks count as one test each; vitest and Playwright report their own tests.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const results = path.join(root, "test-results");
fs.mkdirSync(results, { recursive: true });
const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, args, env = {}) {
  process.stdout.write(`\n=== ${label}: ${command} ${args.join(" ")}\n`);
  const r = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  return r.status === 0;
}

function check(label, command, args) {
  if (run(label, command, args)) passed++;
  else {
    failed++;
    failures.push(label);
  }
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

const want = (name) => only.length === 0 || only.includes(name);

if (want("static")) {
  check("format and lint (biome)", "npx", ["biome", "check", "."]);
  check("typecheck (tsc, strict)", "npx", ["tsc", "-p", "tsconfig.json", "--noEmit"]);
  check("typecheck electron build", "npx", ["tsc", "-p", "tsconfig.electron.json", "--noEmit"]);
  check("import layers (dependency-cruiser)", "npx", [
    "depcruise",
    "--config",
    ".dependency-cruiser.cjs",
    "electron",
    "renderer",
    "shared",
    "datasets",
    "tests",
  ]);
}

if (want("unit")) {
  const out = path.join(results, "vitest.json");
  fs.rmSync(out, { force: true });
  const ok = run("unit tests (vitest)", "npx", [
    "vitest",
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile=${out}`,
  ]);
  const report = readJson(out);
  if (report) {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    if (report.numFailedTests > 0) failures.push(`${report.numFailedTests} unit test(s)`);
    // A crashed test file has no failed tests but fails the run.
    if (!ok && report.numFailedTests === 0) {
      failed++;
      failures.push("vitest run (suite error)");
    }
  } else {
    failed++;
    failures.push("vitest produced no report");
  }
}

if (want("e2e")) {
  if (
    !run("build renderer (vite)", "npx", [
      "vite",
      "build",
      "--config",
      "renderer/vite.config.ts",
      "--logLevel",
      "warn",
    ])
  ) {
    failed++;
    failures.push("renderer build");
  } else {
    const out = path.join(results, "e2e.json");
    fs.rmSync(out, { force: true });
    const ok = run("end-to-end tests (Playwright, web mode, Chromium)", "npx", [
      "playwright",
      "test",
      "-c",
      "tests/e2e/playwright.config.ts",
    ]);
    const report = readJson(out);
    if (report?.stats) {
      const s = report.stats;
      passed += s.expected + (s.flaky ?? 0);
      failed += s.unexpected;
      if (s.unexpected > 0) failures.push(`${s.unexpected} e2e test(s)`);
      if (!ok && s.unexpected === 0) {
        failed++;
        failures.push("playwright run (setup error)");
      }
    } else {
      failed++;
      failures.push("playwright produced no report");
    }
  }
}

if (failures.length) process.stdout.write(`\nFailed: ${failures.join("; ")}\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
