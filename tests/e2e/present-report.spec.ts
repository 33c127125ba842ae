import fs from "node:fs";
import { expect, test } from "@playwright/test";
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
