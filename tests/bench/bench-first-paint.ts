import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { packageRoot } from "../../electron/engine/package-root.ts";
import type { Metric } from "./bench-metric.ts";
import { median } from "./bench-stats.ts";
import { spawnServer } from "./spawned-server.ts";

const WARMUP = 1;
const RUNS = 5;

/** Built renderer needed by web mode; built once if missing. */
function ensureRendererBuilt(root: string): void {
  if (fs.existsSync(path.join(root, "dist", "renderer", "index.html"))) return;
  const built = spawnSync("npx", ["vite", "build", "--config", "renderer/vite.config.ts"], {
    cwd: root,
    stdio: "inherit",
  });
  if (built.status !== 0) throw new Error("the renderer build (vite build) failed");
}

/**
 * Runs in the page before any of its scripts: records the time since navigation started at which
 * the catalog lists a table and the notebook's first cell is laid out (any kind of cell; older
 * builds named SQL cells "sql-cell"), taken in the animation frame that draws them. Plain text,
 * not a function, so the TypeScript loader's helpers cannot leak into the page.
 */
const RECORD_FIRST_PAINT = `(() => {
  const drawn = (selector) => {
    const el = document.querySelector(selector);
    return el !== null && el.getBoundingClientRect().height > 0;
  };
  const observer = new MutationObserver(() => check());
  function check() {
    if (window.__oshFirstPaint !== undefined || window.__oshFirstPaintPending) return;
    if (drawn("[data-testid=catalog] [data-testid=catalog-table]") && drawn("[data-testid=cell], [data-testid=sql-cell]")) {
      window.__oshFirstPaintPending = true;
      observer.disconnect();
      requestAnimationFrame(() => { window.__oshFirstPaint = performance.now(); });
    }
  }
  document.addEventListener("DOMContentLoaded", () => {
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    check();
  });
})();`;

/**
 * First paint in web mode: a fresh browser context (empty cache) opens the workbench URL; the
 * time runs from navigation start to the catalog and the starter notebook drawn.
 */
export async function benchFirstPaint(): Promise<Metric[]> {
  const root = packageRoot();
  ensureRendererBuilt(root);
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), "osh-bench-paint-"));
  const server = await spawnServer(workspace);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const times: number[] = [];
    for (let run = 0; run < WARMUP + RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
      try {
        const page = await context.newPage();
        const errors: string[] = [];
        const consoleErrors: string[] = [];
        page.on("pageerror", (e) => errors.push(e.message));
        page.on("console", (m) => {
          if (m.type() === "error") consoleErrors.push(m.text().split("\n")[0] ?? "");
        });
        await page.addInitScript({ content: RECORD_FIRST_PAINT });
        await page.goto(server.url);
        const drawn = () => (window as unknown as { __oshFirstPaint?: number }).__oshFirstPaint;
        const handle = await page.waitForFunction(drawn, undefined, { timeout: 30_000 }).catch(() => {
          const reported = [...errors, ...consoleErrors][0];
          const origin = new URL(server.url).origin;
          throw new Error(
            `the catalog and first cell were not drawn within 30 s of opening ${origin}` +
              (reported ? `; the page reported: ${reported}` : ""),
          );
        });
        const ms = (await handle.jsonValue()) as number;
        if (errors.length > 0) throw new Error(`the page reported errors: ${errors.join("; ")}`);
        if (run >= WARMUP) times.push(ms);
      } finally {
        await context.close();
      }
    }
    return [
      {
        name: "first_paint_ms",
        value: median(times),
        unit: "ms",
        note: "web mode, fresh browser context: navigation start -> catalog table and first cell drawn",
      },
    ];
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}
