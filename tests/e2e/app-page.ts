import fs from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

export const SCREENSHOTS = path.resolve(import.meta.dirname, "screenshots");

/** Opens the workbench and waits until the engine answered (catalog drawn). */
export async function openWorkbench(page: Page): Promise<void> {
  const url = process.env.OSH_E2E_URL;
  if (!url) throw new Error("OSH_E2E_URL is not set: the global setup did not start web mode.");
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  await expect(page.getByTestId("catalog")).toBeVisible();
  expect(errors).toEqual([]);
}

/** Replaces the text of the n-th SQL cell's editor. */
export async function typeSql(page: Page, sql: string, cell = 0): Promise<void> {
  const editor = page.getByTestId("sql-cell").nth(cell).locator(".cm-content");
  await editor.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  await editor.pressSequentially(sql, { delay: 0 });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}
