import { expect, test } from "@playwright/test";
import { openWorkbench, screenshot } from "./app-page.ts";

test("the UI switches to Russian, keeps the choice over a reload, and switches back", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await openWorkbench(page);
  const html = page.locator("html");
  const header = page.locator(".app-header");
  const toolbar = page.locator(".notebook-toolbar");
  const cells = await page.getByTestId("cell").count();
  await expect(html).toHaveAttribute("lang", "en");
  await expect(toolbar).toContainText("Run all");

  await page.getByTestId("locale-switch").selectOption("ru");
  await expect(html).toHaveAttribute("lang", "ru");
  await expect(header).toContainText("Анализ дорожной карты ИКТ Ошской области и города Ош");
  await expect(header).toContainText("Язык");
  await expect(page.getByTestId("open-import")).toHaveText("Импорт данных…");
  await expect(toolbar).toContainText("Выполнить все");
  await expect(toolbar).not.toContainText("Run all");
  await expect(page.getByTestId("catalog")).toContainText("Таблицы");
  // The app is mounted afresh in the new language; the notebook lives in the store and stays.
  await expect(page.getByTestId("cell")).toHaveCount(cells);

  await page.reload();
  await expect(page.getByTestId("locale-switch")).toHaveValue("ru");
  await expect(html).toHaveAttribute("lang", "ru");
  await expect(header).toContainText("Анализ дорожной карты ИКТ");
  await expect(toolbar).toContainText("Выполнить все");
  await expect(page.getByTestId("catalog")).toContainText("Таблицы");
  await expect(page.locator(".cell-status.status-done").first()).toBeVisible({ timeout: 30_000 });
  await expect(
    page.getByTestId("cell-status").filter({ hasText: /^(Выполняется…|В очереди…)$/ }),
  ).toHaveCount(0, {
    timeout: 30_000,
  });
  await screenshot(page, "30-ui-russian");
  // The gap analysis speaks Russian too: statuses and flags in the starter notebook's gap cell.
  const met = page.locator('[data-testid="gap-row"][data-target="T03"][data-units="kg"]');
  await expect(met.locator(".gap-status")).toHaveText("Цель достигнута");
  await expect(met.locator('[data-flag="target_year_passed"]')).toHaveText("Год цели прошёл");
  await met.scrollIntoViewIfNeeded();
  await screenshot(page, "31-gap-russian");

  await page.getByTestId("locale-switch").selectOption("en");
  await expect(html).toHaveAttribute("lang", "en");
  await expect(toolbar).toContainText("Run all");
  await expect(page.getByTestId("catalog")).toContainText("Tables");
  expect(errors).toEqual([]);
});
