import { expect, test } from "@playwright/test";
import { addSqlCell, openWorkbench, screenshot } from "./app-page.ts";

test("sorts by a column in DuckDB, profiles a column and copies a selection as TSV", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openWorkbench(page);
  const cell = await addSqlCell(page, "SELECT unit_id, unit_type, area_km2 FROM units");
  await page.keyboard.press("Shift+Enter");
  await expect(cell.getByTestId("cell-status")).toHaveText(/rows/);
  const grid = cell.getByTestId("grid");

  await grid.getByTestId("sort-column").filter({ hasText: "unit_id" }).click();
  await expect(grid.getByTestId("sort-column").filter({ hasText: "unit_id" })).toHaveText("unit_id ▲");
  const first = grid.locator('.grid-row[data-row="0"] .grid-cell').first();
  const ascending = await first.textContent();
  await grid.getByTestId("sort-column").filter({ hasText: "unit_id" }).click();
  await expect(grid.getByTestId("sort-column").filter({ hasText: "unit_id" })).toHaveText("unit_id ▼");
  await expect(first).not.toHaveText(ascending ?? "");

  await grid.getByTestId("profile-column").nth(1).click();
  const profile = page.getByTestId("column-profile");
  await expect(profile).toContainText("unit_type");
  await expect(profile).toContainText("district");
  await screenshot(page, "05-grid-sorted-profile");
  await profile.getByRole("button").click();

  await grid.locator('.grid-row[data-row="0"] .grid-cell').nth(0).click();
  await grid
    .locator('.grid-row[data-row="2"] .grid-cell')
    .nth(1)
    .click({ modifiers: ["Shift"] });
  await page.keyboard.press("ControlOrMeta+c");
  await expect(page.locator(".grid-notice")).toHaveText("Copied 3 row(s) as TSV.");
  const tsv = await page.evaluate(() => navigator.clipboard.readText());
  const lines = tsv.trimEnd().split("\n");
  expect(lines[0]).toBe("unit_id\tunit_type");
  expect(lines).toHaveLength(4);
  expect(lines[1]!.split("\t")[0]).toBe(await first.textContent());
});
