import { expect, test } from "@playwright/test";
import { addSqlCell, openWorkbench, screenshot, typeInto } from "./app-page.ts";

test("runs a query on a bundled table and shows typed columns, row count and time", async ({ page }) => {
  await openWorkbench(page);
  await expect(page.getByTestId("catalog-table").first()).toBeVisible();
  const cell = await addSqlCell(page, "SELECT * FROM units ORDER BY unit_id");
  await page.keyboard.press("Shift+Enter");
  await expect(cell.getByTestId("cell-status")).toHaveText(/^\d[\d,]* rows? · \d+ ms$/);
  const grid = cell.getByTestId("grid");
  await expect(grid.locator(".grid-head-name").first()).toHaveText("unit_id");
  await expect(grid.locator(".grid-head-type").first()).toHaveText("VARCHAR");
  await expect(grid.locator(".grid-row").first()).toBeVisible();
  await cell.scrollIntoViewIfNeeded();
  await screenshot(page, "01-bundled-table-query");
});

test("scrolls a 10-million-row result to its end by fetching windows", async ({ page }) => {
  await openWorkbench(page);
  const cell = await addSqlCell(
    page,
    "SELECT i AS n, i * 0.5 AS half, NULL::VARCHAR AS empty FROM range(10000000) t(i)",
  );
  await page.keyboard.press("Shift+Enter");
  await expect(cell.getByTestId("cell-status")).toHaveText(/^10,000,000 rows/, { timeout: 60_000 });
  const scroller = cell.getByTestId("grid").locator(".grid-scroll");
  await scroller.evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  const lastRow = cell.locator('.grid-row[data-row="9999999"]');
  await expect(lastRow).toBeVisible();
  await expect(lastRow.locator(".grid-cell").first()).toHaveText("9999999");
  await expect(lastRow.locator(".grid-cell.null")).toHaveText("NULL");
  await scroller.evaluate((el) => {
    el.scrollTop = el.scrollHeight / 2;
  });
  await expect(cell.locator(".grid-row .grid-cell.loading")).toHaveCount(0);
  await cell.scrollIntoViewIfNeeded();
  await screenshot(page, "02-ten-million-rows-middle");
});

test("shows an SQL error with DuckDB's line and column and underlines the spot", async ({ page }) => {
  await openWorkbench(page);
  const cell = await addSqlCell(page, "SELECT unit_id,\n  no_such_column\nFROM units");
  await page.keyboard.press("Shift+Enter");
  const error = cell.getByTestId("cell-error");
  await expect(error).toContainText("Line 2, column 3");
  await expect(error).toContainText('Referenced column "no_such_column" not found');
  await expect(cell.locator(".cm-lintRange-error")).toHaveText("no_such_column");
  await cell.scrollIntoViewIfNeeded();
  await screenshot(page, "03-sql-error");
});

test("cancels a slow query with the button and with Esc", async ({ page }) => {
  await openWorkbench(page);
  const cell = await addSqlCell(page, "SELECT count(*) FROM range(1000000000000) a");
  await page.keyboard.press("ControlOrMeta+Enter");
  const status = cell.getByTestId("cell-status");
  await expect(status).toHaveText("Running…");
  await screenshot(page, "04-running");
  await cell.getByTestId("cancel").click();
  await expect(status).toHaveText("Cancelled");
  await cell.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(status).toHaveText("Running…");
  await page.keyboard.press("Escape");
  await expect(status).toHaveText("Cancelled");
  await typeInto(page, cell, "SELECT 1 AS still_works");
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(status).toHaveText(/^1 row · \d+ ms$/);
});
