#!/usr/bin/env node
// Runs a TypeScript entry (e.g. the benchmarks) through tsx's loader: `node bin/run-ts.mjs <file.ts> [args]`.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { register } from "tsx/esm/api";

const entry = process.argv[2];
if (!entry) {
  process.stderr.write("usage: node bin/run-ts.mjs <file.ts> [args...]\n");
  process.exit(1);
}
register();
await import(pathToFileURL(path.resolve(entry)).href);
