import { expect, test } from "@playwright/test";
import { openWorkbench, screenshot } from "./app-page.ts";

test("the catalog lists the bundled tables and shows where their figures come from", async ({ page }) => {
  await openWorkbench(page);
  const catalog = page.getByTestId("catalog");
  for (const name of ["units", "indicators", "observations", "sources", "framework", "targets"]) {
    await expect(catalog.locator(".table-name", { hasText: new RegExp(`^${name}$`) })).toBeVisible();
  }
  const observations = catalog
    .getByTestId("catalog-table")
    .filter({ has: page.locator(".table-name", { hasText: /^observations$/ }) });
  await observations.locator("summary").click();
  await expect(observations.locator(".column-list")).toContainText("source_id");
  await observations.getByTestId("show-sources").click();
  const provenance = page.getByTestId("provenance");
  await expect(provenance).toContainText("Observations");
  await expect(provenance.locator(".source-url").first()).toHaveText(/^https?:\/\//);
  await screenshot(page, "06-catalog-provenance");
});

test("profiles a table with SUMMARIZE from the catalog", async ({ page }) => {
  await openWorkbench(page);
  const units = page
    .getByTestId("catalog-table")
    .filter({ has: page.locator(".table-name", { hasText: /^units$/ }) });
  await units.locator("summary").click();
  await units.getByRole("button", { name: "Profile (SUMMARIZE)" }).click();
  const cell = page.getByTestId("cell").last();
  await expect(cell.getByTestId("cell-status")).toHaveText(/rows/);
  await expect(cell.getByTestId("grid").locator(".grid-head-name").first()).toHaveText("column_name");
});
