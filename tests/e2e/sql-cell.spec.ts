import { expect, test } from "@playwright/test";
import { openWorkbench, screenshot, typeSql } from "./app-page.ts";

test("runs a query on a bundled table and shows typed columns, row count and time", async ({ page }) => {
  await openWorkbench(page);
  await expect(page.getByTestId("catalog-table").first()).toBeVisible();
  await typeSql(page, "SELECT * FROM units ORDER BY unit_id");
  await page.keyboard.press("Shift+Enter");
  const status = page.getByTestId("cell-status");
  await expect(status).toHaveText(/^\d[\d,]* rows? · \d+ ms$/);
  const grid = page.getByTestId("grid");
  await expect(grid.locator(".grid-head-name").first()).toHaveText("unit_id");
  await expect(grid.locator(".grid-head-type").first()).toHaveText("VARCHAR");
  await expect(grid.locator(".grid-row").first()).toBeVisible();
  await screenshot(page, "01-bundled-table-query");
});

test("scrolls a 10-million-row result to its end by fetching windows", async ({ page }) => {
  await openWorkbench(page);
  await typeSql(page, "SELECT i AS n, i * 0.5 AS half, NULL::VARCHAR AS empty FROM range(10000000) t(i)");
  await page.keyboard.press("Shift+Enter");
  await expect(page.getByTestId("cell-status")).toHaveText(/^10,000,000 rows/, { timeout: 60_000 });
  const scroller = page.getByTestId("grid").locator(".grid-scroll");
  await scroller.evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  const lastRow = page.locator('.grid-row[data-row="9999999"]');
  await expect(lastRow).toBeVisible();
  await expect(lastRow.locator(".grid-cell").first()).toHaveText("9999999");
  await expect(lastRow.locator(".grid-cell.null")).toHaveText("NULL");
  await scroller.evaluate((el) => {
    el.scrollTop = el.scrollHeight / 2;
  });
  await expect(page.locator(".grid-row .grid-cell.loading")).toHaveCount(0);
  await screenshot(page, "02-ten-million-rows-middle");
});

test("shows an SQL error with DuckDB's line and column and underlines the spot", async ({ page }) => {
  await openWorkbench(page);
  await typeSql(page, "SELECT unit_id,\n  no_such_column\nFROM units");
  await page.keyboard.press("Shift+Enter");
  const error = page.getByTestId("cell-error");
  await expect(error).toContainText("Line 2, column 3");
  await expect(error).toContainText('Referenced column "no_such_column" not found');
  await expect(page.locator(".cm-lintRange-error")).toHaveText("no_such_column");
  await screenshot(page, "03-sql-error");
});

test("cancels a slow query with the button and with Esc", async ({ page }) => {
  await openWorkbench(page);
  await typeSql(page, "SELECT count(*) FROM range(1000000000000) a");
  await page.keyboard.press("Shift+Enter");
  await expect(page.getByTestId("cell-status")).toHaveText("Running…");
  await screenshot(page, "04-running");
  await page.getByTestId("cancel").click();
  await expect(page.getByTestId("cell-status")).toHaveText("Cancelled");
  await page.locator(".cm-content").click();
  await page.keyboard.press("Shift+Enter");
  await expect(page.getByTestId("cell-status")).toHaveText("Running…");
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("cell-status")).toHaveText("Cancelled");
  await typeSql(page, "SELECT 1 AS still_works");
  await page.keyboard.press("Shift+Enter");
  await expect(page.getByTestId("cell-status")).toHaveText(/^1 row · \d+ ms$/);
});
