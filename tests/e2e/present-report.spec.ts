import fs from "node:fs";
import { expect, type Locator, test } from "@playwright/test";
import { openWorkbench, screenshot } from "./app-page.ts";

test.use({ viewport: { width: 1920, height: 1080 } });

test("presents markdown and chart cells as full-screen slides", async ({ page }) => {
  await openWorkbench(page);
  await page.getByTestId("present").click();
  const show = page.getByTestId("presentation");
  await expect(show).toBeVisible();
  await expect(page.getByTestId("slide")).toContainText("Osh oblast ICT overview");
  await expect(page.getByTestId("slide-number")).toHaveText(/^1 \/ \d+$/);
  await screenshot(page, "13-slide-title");
  await page.keyboard.press("PageDown");
  await expect(page.getByTestId("slide-number")).toHaveText(/^2 \/ \d+$/);
  await expect(page.getByTestId("slide-chart")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("slide").locator(".cm-content")).toHaveCount(0);
  await screenshot(page, "14-slide-chart");
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByTestId("slide-number")).toHaveText(/^1 \//);
  await page.keyboard.press("Escape");
  await expect(show).toBeHidden();
});

/** The SVG text inside a chart image (the engine draws it; the page shows it as a data: URL). */
async function chartSvg(img: Locator): Promise<string> {
  const src = (await img.getAttribute("src")) ?? "";
  return decodeURIComponent(src.replace(/^data:image\/svg\+xml;charset=utf-8,/, ""));
}

test("presents a gap cell as a slide: method, status counts, heat map and bullet chart", async ({ page }) => {
  await openWorkbench(page);
  await page.getByTestId("add-gap-cell").click();
  const cell = page.locator('[data-testid="cell"][data-kind="gap"]').last();
  await cell.getByTestId("run").click();
  await expect(cell.getByTestId("gap-scorecard")).toBeVisible();
  await page.getByTestId("present").click();
  await expect(page.getByTestId("presentation")).toBeVisible();
  // The new cell is the last in the notebook, so its slide is the last one.
  await page.keyboard.press("End");
  const slide = page.getByTestId("slide-gap");
  await expect(slide).toBeVisible();
  const [n, total] = ((await page.getByTestId("slide-number").textContent()) ?? "").split(" / ");
  expect(n).toBe(total);
  await expect(slide.locator("h2")).toHaveText("Gap analysis: Eurostat: observed versus required growth");
  const counts = page.getByTestId("slide-gap-counts");
  await expect(counts.locator('[data-status="target_met"]')).toContainText("Target met");
  await expect(counts).toContainText("Not assessable");
  const heatmap = page.getByTestId("slide-gap-heatmap");
  await expect(heatmap).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("slide-gap-bullet")).toBeVisible();
  const svg = await chartSvg(heatmap);
  expect(svg).toContain("Status per unit and target");
  expect(svg).toContain("Target met");
  expect(svg).toContain("@font-face");
  // Drawn large enough for a projector: the heat map fills a good part of the slide.
  const box = await heatmap.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThan(300);
  await screenshot(page, "23-slide-gap");
  // Keys still move through the slides.
  const number = page.getByTestId("slide-number");
  await page.keyboard.press("PageUp");
  await expect(number).toHaveText(`${Number(total) - 1} / ${total}`);
  await page.keyboard.press("ArrowRight");
  await expect(number).toHaveText(`${total} / ${total}`);
  await expect(heatmap).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("presentation")).toBeHidden();
});

test("exports the notebook as a self-contained HTML report and a DOCX", async ({ page }) => {
  await openWorkbench(page);
  await page.getByTestId("export-report").click();
  const dialog = page.getByTestId("report-dialog");
  await dialog.getByTestId("report-format").selectOption("html");
  const [html] = await Promise.all([
    page.waitForEvent("download", { timeout: 60_000 }),
    dialog.getByTestId("run-report").click(),
  ]);
  const text = fs.readFileSync(await html.path(), "utf8");
  expect(text.slice(0, 200).toLowerCase()).toContain("<!doctype html");
  expect(text).toContain("<svg");
  expect(text).not.toMatch(/<link\b|src="https?:|url\(https?:/);
  await dialog.getByTestId("report-format").selectOption("docx");
  const [docx] = await Promise.all([
    page.waitForEvent("download", { timeout: 60_000 }),
    dialog.getByTestId("run-report").click(),
  ]);
  const bytes = fs.readFileSync(await docx.path());
  expect(bytes.subarray(0, 2).toString()).toBe("PK");
  expect(docx.suggestedFilename()).toMatch(/\.docx$/);
  await screenshot(page, "15-report-export");
});
