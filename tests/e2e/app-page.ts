import fs from "node:fs";
import path from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";

export const SCREENSHOTS = path.resolve(import.meta.dirname, "screenshots");

/** Opens the workbench and waits until the engine answered and a notebook is drawn. */
export async function openWorkbench(page: Page): Promise<void> {
  const url = process.env.OSH_E2E_URL;
  if (!url) throw new Error("OSH_E2E_URL is not set: the global setup did not start web mode.");
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  await expect(page.getByTestId("catalog")).toBeVisible();
  await expect(page.getByTestId("cell").first()).toBeVisible();
  // A notebook runs all its cells when it opens; let that finish so tests start from rest.
  await expect(page.locator(".cell-status.status-done").first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("cell-status").filter({ hasText: /^(Running…|Queued…)$/ })).toHaveCount(0, {
    timeout: 30_000,
  });
  expect(errors).toEqual([]);
}

/** Adds a SQL cell at the end of the notebook, types the SQL into it and returns the cell. */
export async function addSqlCell(page: Page, sql: string): Promise<Locator> {
  const before = await page.getByTestId("cell").count();
  await page.getByTestId("add-sql-cell").click();
  await expect(page.getByTestId("cell")).toHaveCount(before + 1);
  const cell = page.getByTestId("cell").nth(before);
  await typeInto(page, cell, sql);
  return cell;
}

/** Replaces the text of a cell's editor (inserted as text: no completion pop-ups get in the way). */
export async function typeInto(page: Page, cell: Locator, text: string): Promise<void> {
  const editor = cell.locator(".cm-content");
  await editor.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(text);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false });
}
