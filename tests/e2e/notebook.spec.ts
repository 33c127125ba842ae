import { expect, type Locator, type Page, test } from "@playwright/test";
import { addSqlCell, openWorkbench, screenshot, typeInto } from "./app-page.ts";

/** Names the cell and returns a locator that keeps finding it by that name. */
async function rename(page: Page, cell: Locator, name: string): Promise<Locator> {
  const input = cell.getByTestId("cell-name");
  await input.fill(name);
  await input.press("Enter");
  const named = page.locator(`[data-testid="cell"][data-name="${name}"]`);
  await expect(named).toHaveCount(1);
  return named;
}

async function runCell(page: Page, cell: Locator): Promise<void> {
  await cell.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+Enter");
}

test("dependent cells re-run in order when a cell or an input changes", async ({ page }) => {
  await openWorkbench(page);
  const base = await rename(page, await addSqlCell(page, "SELECT range AS n FROM range(10)"), "e2e_base");
  await runCell(page, base);
  await expect(base.getByTestId("cell-status")).toHaveText(/^10 rows/);

  await page.getByTestId("add-input-cell").click();
  const input = await rename(page, page.getByTestId("cell").last(), "e2e_limit");
  await input.getByTestId("input-value").fill("3");

  const top = await rename(
    page,
    await addSqlCell(page, "SELECT * FROM e2e_base WHERE n < $e2e_limit"),
    "e2e_top",
  );
  await runCell(page, top);
  await expect(top.getByTestId("cell-status")).toHaveText(/^3 rows/);

  // Moving the input re-runs only what reads it.
  const baseTime = await base.getByTestId("cell-status").textContent();
  await input.getByTestId("input-value").fill("5");
  await expect(top.getByTestId("cell-status")).toHaveText(/^5 rows/);
  await expect(base.getByTestId("cell-status")).toHaveText(baseTime ?? "");

  // Editing and re-running the upstream cell re-runs its dependents (auto-run).
  await typeInto(page, base, "SELECT range AS n FROM range(4)");
  await expect(top.getByTestId("cell-status")).toContainText("out of date");
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(base.getByTestId("cell-status")).toHaveText(/^4 rows/);
  await expect(top.getByTestId("cell-status")).toHaveText(/^4 rows/);
  await top.scrollIntoViewIfNeeded();
  await screenshot(page, "09-dependent-cells");

  // A reference to a cell that does not exist is an error on that cell.
  const broken = await addSqlCell(page, "SELECT * FROM e2e_nowhere_to_be_found");
  await expect(broken.getByTestId("cell-status")).toContainText("e2e_nowhere_to_be_found");
});

test("saves, reopens, and restores unsaved work after a crash", async ({ page }) => {
  await openWorkbench(page);
  await page.getByTestId("notebook-title").fill("E2E saved notebook");
  await page.getByTestId("save-as").click();
  await page.getByTestId("save-as-name").fill("e2e-saved.json");
  await page.getByTestId("save-as-confirm").click();
  await expect(page.getByTestId("file-message")).toContainText("Saved e2e-saved.json");
  await expect(page.getByTestId("file-name")).toHaveText("e2e-saved.json");
  await expect(page.getByTestId("dirty-marker")).toHaveCount(0);

  await page.getByTestId("add-markdown-cell").click();
  const note = page.getByTestId("cell").last();
  await note.getByTestId("markdown-view").dblclick();
  await page.keyboard.insertText("## Unsaved thought about Alay district");
  await expect(page.getByTestId("dirty-marker")).toBeVisible();
  // Autosave runs every few seconds; then the window "crashes" (reload without saving).
  await page.waitForTimeout(5500);
  await page.reload();
  await expect(page.getByTestId("recovery")).toContainText("E2E saved notebook");
  await screenshot(page, "12-crash-recovery");
  await page.getByTestId("restore").click();
  await expect(page.getByTestId("cell").last()).toContainText("Unsaved thought about Alay district");
  await page.getByTestId("save-notebook").click();
  await expect(page.getByTestId("dirty-marker")).toHaveCount(0);

  await page.getByTestId("open-notebook").click();
  const dialog = page.getByTestId("open-dialog");
  await expect(dialog).toContainText("E2E saved notebook");
  await dialog
    .getByRole("button", { name: /Osh oblast ICT overview/ })
    .first()
    .click();
  await expect(page.getByTestId("notebook-title")).toHaveValue("Osh oblast ICT overview");
  await page.getByTestId("open-notebook").click();
  await page
    .getByTestId("open-dialog")
    .getByRole("button", { name: /E2E saved notebook/ })
    .first()
    .click();
  await expect(page.getByTestId("cell").last()).toContainText("Unsaved thought about Alay district");
});

test("the command palette lists commands with their keys and runs them", async ({ page }) => {
  await openWorkbench(page);
  await page.getByTestId("notebook-title").click();
  await page.keyboard.press("Control+Shift+KeyP");
  const palette = page.getByTestId("command-palette");
  await expect(palette).toBeVisible();
  await page.keyboard.insertText("insert sql cell below");
  await expect(palette.locator("li")).toHaveCount(1);
  const before = await page.getByTestId("cell").count();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("cell")).toHaveCount(before + 1);
});
