import { expect, type Locator, type Page, test } from "@playwright/test";
import { openWorkbench, screenshot } from "./app-page.ts";

/** The SVG text inside a chart image (the engine draws it; the page shows it as a data: URL). */
async function chartSvg(img: Locator): Promise<string> {
  const src = (await img.getAttribute("src")) ?? "";
  return decodeURIComponent(src.replace(/^data:image\/svg\+xml;charset=utf-8,/, ""));
}

/** Adds a gap cell at the end of the notebook (default settings) and runs it. */
async function addGapCell(page: Page): Promise<Locator> {
  await page.getByTestId("add-gap-cell").click();
  const cell = page.locator('[data-testid="cell"][data-kind="gap"]').last();
  await cell.getByTestId("run").click();
  await expect(cell.getByTestId("gap-scorecard")).toBeVisible();
  return cell;
}

/*
 * The user target below is test input, as a user would type it for the Osh oblast roadmap; the
 * scorecard compares it with the bundled NSC series of account ownership (2018-2023).
 */
test.describe
  .serial("gap analysis cell", () => {
    test("scores the bundled targets with sources, reasons and the three charts", async ({ page }) => {
      await openWorkbench(page);
      const cell = await addGapCell(page);
      const met = cell.locator('[data-testid="gap-row"][data-target="T03"][data-units="kg"]');
      await expect(met).toHaveAttribute("data-status", "target_met");
      await expect(met.locator(".gap-status")).toContainText("Target met");
      await expect(met.locator(".gap-status svg")).toHaveCount(1);
      // Targets without an indicator stay in the table, with the reason.
      const noIndicator = cell.locator('[data-testid="gap-row"][data-target="T07"]');
      await expect(noIndicator).toHaveAttribute("data-units", "osh_oblast osh_city kg");
      await expect(noIndicator).toHaveAttribute("data-status", "not_assessable");
      await expect(noIndicator.locator('[data-flag="no_indicator"]')).toBeVisible();
      await expect(cell.getByTestId("gap-not-assessable-note")).toContainText(
        "no indicator in the bundled data",
      );
      await expect(cell.getByTestId("gap-summary")).toContainText(
        "Eurostat: observed versus required growth",
      );
      // A footnote mark opens the source row behind the figure.
      await met.locator(".gap-ref").first().click();
      await expect(cell.getByTestId("gap-source-detail")).toContainText("https://24.kg/");
      for (const chart of ["gap-chart-bullet", "gap-chart-heatmap", "gap-chart-trajectory"]) {
        await expect(cell.getByTestId(chart)).toBeVisible();
      }
      expect(await chartSvg(cell.getByTestId("gap-chart-heatmap"))).toContain("Status per unit and target");
      // The screenshot starts at the summary: the method, the counts and why rows are not assessable.
      await cell.getByTestId("gap-summary").evaluate((el) => {
        el.scrollIntoView({ block: "start" });
        el.closest(".notebook")?.scrollBy(0, -120); // out from under the sticky notebook toolbar
      });
      await screenshot(page, "20-gap-scorecard");

      // The method help: each method's formula, thresholds and sources, the one in use open.
      await cell.getByTestId("gap-method-escap").check();
      await cell.getByTestId("gap-tab-methods").click();
      const escapDoc = cell.locator('.gap-method-doc[data-method="escap"]');
      await expect(escapDoc).toHaveAttribute("open", "");
      await expect(escapDoc.locator(".gap-formula")).toContainText(
        "(target year - first year) / (target year - year)",
      );
      await expect(escapDoc).toContainText(
        "https://data.unescap.org/resource-guides/progress-assessment-methodology",
      );
      await expect(escapDoc).toContainText("Regression: reverse the trend");
      await escapDoc.scrollIntoViewIfNeeded();
      await screenshot(page, "25-gap-method-help");
    });

    test("a scenario slider changes the year a user target is met", async ({ page }) => {
      await openWorkbench(page);
      const cell = await addGapCell(page);
      await cell.getByTestId("gap-tab-targets").click();
      await cell.getByTestId("gap-target-add").click();
      await cell.getByTestId("gap-target-targetText").fill("Adults with an account, Osh oblast");
      await cell.getByTestId("gap-target-programme").fill("Osh oblast ICT roadmap (test input)");
      await cell.getByTestId("gap-target-unitScope").selectOption("osh_oblast");
      await cell.getByTestId("gap-target-indicatorId").selectOption("account_ownership_pct_age15plus");
      await cell.getByTestId("gap-target-targetValue").fill("90");
      await cell.getByTestId("gap-target-targetYear").fill("2020");
      await cell.getByTestId("gap-target-baselineValue").fill("30.7");
      await cell.getByTestId("gap-target-baselineYear").fill("2018");
      // A target year before the baseline year is refused with the columns named.
      await cell.getByTestId("gap-target-targetYear").fill("2017");
      await cell.getByTestId("gap-target-save").click();
      await expect(cell.getByTestId("gap-target-error")).toContainText(
        "target_year 2017 must come after baseline_year 2018",
      );
      await cell.getByTestId("gap-target-targetYear").fill("2028");
      await cell.getByTestId("gap-target-save").click();
      await expect(cell.locator('[data-testid="gap-target-row"][data-target="U01"]')).toContainText(
        "user target",
      );

      await cell.getByTestId("gap-tab-scorecard").click();
      await expect(
        cell.locator('[data-testid="gap-row"][data-target="U01"][data-units="osh_oblast"]'),
      ).toHaveAttribute("data-status", "moderate_progress");
      // The same target under the German trend rule: the status and the header name the method.
      await cell.getByTestId("gap-method-german").check();
      await expect(
        cell.locator('[data-testid="gap-row"][data-target="U01"][data-units="osh_oblast"]'),
      ).toHaveAttribute("data-status", "cloudy");
      await expect(cell.getByTestId("gap-scorecard").locator("th").last()).toContainText("German");
      // ESCAP: the status comes with both of its indices written under it.
      await cell.getByTestId("gap-method-escap").check();
      const escapRow = cell.locator('[data-testid="gap-row"][data-target="U01"][data-units="osh_oblast"]');
      await expect(escapRow).toHaveAttribute("data-status", "accelerate_progress");
      await expect(escapRow.getByTestId("gap-escap-indices")).toContainText(
        /Current Status Index \d+\.\d \/ 10 · \w+/,
      );
      await expect(escapRow.getByTestId("gap-escap-indices")).toContainText(
        /Anticipated Progress Index 0\.\d\d/,
      );
      await escapRow.scrollIntoViewIfNeeded();
      await screenshot(page, "24-gap-escap");
      await cell.getByTestId("gap-method-eurostat").check();
      await cell.getByTestId("gap-tab-scenarios").click();
      const optimistic = cell.locator(
        '[data-testid="gap-scenario-table"] tr[data-target="U01"][data-scenario="optimistic"]',
      );
      const yearMet = optimistic.getByTestId("gap-scenario-year");
      const before = await yearMet.textContent();
      const slider = cell.getByTestId("gap-rate-optimistic-account_ownership_pct_age15plus");
      await slider.focus();
      await page.keyboard.press("End");
      await expect(yearMet).not.toHaveText(before ?? "");
      await expect(yearMet).toContainText("in time");
      await expect(cell.getByTestId("gap-chart-scenarios")).toBeVisible();
      await cell.getByTestId("gap-scenarios").scrollIntoViewIfNeeded();
      await screenshot(page, "21-gap-scenarios");
    });

    test("a roadmap action appears on the Gantt chart, highlighted when its target lags", async ({
      page,
    }) => {
      await openWorkbench(page);
      const cell = await addGapCell(page);
      await cell.getByTestId("gap-tab-roadmap").click();
      await cell.getByTestId("gap-action-add").click();
      const day = 86_400_000;
      const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
      await cell.getByTestId("gap-action-title").fill("Mobile banking points in district centres");
      await cell.getByTestId("gap-action-owner").fill("Osh oblast administration");
      await cell.getByTestId("gap-action-start").fill(iso(Date.now() - 90 * day));
      await cell.getByTestId("gap-action-end").fill(iso(Date.now() + 270 * day));
      await cell.getByTestId("gap-action-status").selectOption("in_progress");
      await cell.getByTestId("gap-action-targets").selectOption(["U01"]);
      await cell.getByTestId("gap-action-save").click();
      const row = cell.locator('[data-testid="gap-actions"] tr[data-action="A01"]');
      await expect(row).toContainText("U01 is lagging");
      const gantt = cell.getByTestId("gap-chart-gantt");
      await expect(gantt).toBeVisible();
      await expect.poll(async () => chartSvg(gantt)).toContain("Mobile banking points in district centres");
      const svg = await chartSvg(gantt);
      expect(svg).toContain("lagging target U01");
      expect(svg).toContain(`Today ${iso(Date.now())}`);
      await cell.getByTestId("gap-roadmap").evaluate((el) => {
        el.scrollIntoView({ block: "start" });
        el.closest(".notebook")?.scrollBy(0, -130); // out from under the sticky notebook toolbar
      });
      await screenshot(page, "22-gap-gantt");
    });
  });
