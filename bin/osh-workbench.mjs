#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so source and command stay one thing.
import { register } from "tsx/esm/api";

register();
await import("../electron/cli/osh-workbench.ts");
