import fs from "node:fs";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { addSqlCell, openWorkbench, screenshot } from "./app-page.ts";

/** Picks a value in one of the chart cell's selects (by test id) and waits for React to apply it. */
async function pick(cell: Locator, testId: string, value: string): Promise<void> {
  const select = cell.getByTestId(testId);
  await select.selectOption(value);
  await expect(select).toHaveValue(value);
}

/** Types into a builder text box and commits it (the builder applies text on Enter or blur). */
async function fillCommit(cell: Locator, testId: string, text: string): Promise<void> {
  const input = cell.getByTestId(testId);
  await input.fill(text);
  await input.press("Enter");
}

/** The chart's live <svg> once Vega has drawn marks of the given kind into it. */
async function drawnChart(cell: Locator, markClass: string): Promise<Locator> {
  const svg = cell.getByTestId("chart-view").locator("svg").first();
  await expect(
    svg.locator(`g.${markClass} path, g.${markClass} line, g.${markClass} text`).first(),
  ).toBeAttached();
  return svg;
}

/**
 * Scrolls the notebook so the cell's top sits just below the notebook's sticky toolbar, again
 * until it stays there (cells above may still be growing as their results arrive).
 */
async function scrollCellToTop(cell: Locator): Promise<void> {
  await expect(async () => {
    const offset = await cell.evaluate(async (el) => {
      const notebook = el.closest(".notebook");
      if (!notebook) return 0;
      const toolbar = notebook.querySelector<HTMLElement>(".notebook-toolbar");
      const gap = () =>
        el.getBoundingClientRect().top -
        notebook.getBoundingClientRect().top -
        (toolbar?.offsetHeight ?? 0) -
        8;
      notebook.scrollTop += gap();
      await new Promise((r) => setTimeout(r, 250));
      // The last cell may not reach the top: then the end of the notebook is as far as it goes.
      const atEnd = notebook.scrollTop + notebook.clientHeight >= notebook.scrollHeight - 1;
      return atEnd && gap() > 0 ? 0 : gap();
    });
    expect(Math.abs(offset)).toBeLessThan(2);
  }).toPass();
}

async function download(page: Page, cell: Locator, testId: string): Promise<{ name: string; bytes: Buffer }> {
  await cell.getByTestId("chart-export").click();
  const [file] = await Promise.all([page.waitForEvent("download"), cell.getByTestId(testId).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(path) };
}

/** Width and height from a PNG's IHDR chunk (big-endian, right after the 8-byte signature). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test("builds a chart in the builder, shows it on a projector and exports SVG and PNG 2x", async ({
  page,
}) => {
  await openWorkbench(page);
  await page.getByTestId("add-chart-cell").click();
  const cell = page.getByTestId("cell").last();
  await expect(cell.getByTestId("chart-builder")).toBeVisible();

  await pick(cell, "chart-source", "observations");
  await pick(cell, "chart-mark", "line");
  await pick(cell, "chart-field-x", "year");
  // An integer year column is offered as an ordered (ordinal) field, not as a quantity.
  await expect(cell.getByTestId("chart-type-x")).toHaveValue("ordinal");
  await pick(cell, "chart-field-y", "value");
  await pick(cell, "chart-aggregate-y", "mean");
  await pick(cell, "chart-field-color", "unit_id");
  await cell.getByTestId("chart-filter-add").click();
  await pick(cell, "chart-filter-field-0", "indicator_id");
  await fillCommit(cell, "chart-filter-value-0", "internet_users_pct_age15plus");
  await fillCommit(cell, "chart-title", "Internet users aged 15+, % (mean of all series)");

  const svg = await drawnChart(cell, "mark-line");
  await expect(svg).toContainText("Internet users aged 15+");
  await expect(svg).toContainText("osh_city");
  await expect(cell.getByTestId("cell-status")).toHaveText(/^\d+ rows · \d+ ms$/);
  await expect(cell.getByTestId("chart-meta")).toContainText(
    "aggregated in DuckDB from 5,384 rows of observations",
  );
  await scrollCellToTop(cell);
  await screenshot(page, "10-chart-builder");

  // Projector: the whole notebook's charts switch; the presenter hides the editor.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await cell.getByTestId("chart-theme-projector").click();
  await cell.getByTestId("chart-edit").click();
  await expect(cell.getByTestId("chart-builder")).toHaveCount(0);
  const projected = await drawnChart(cell, "mark-line");
  // Titles of the projector theme are 28 px.
  await expect(projected.locator('text[font-size="28px"]').first()).toContainText("Internet users");
  await scrollCellToTop(cell);
  await screenshot(page, "11-chart-projector");

  const svgFile = await download(page, cell, "chart-export-svg");
  expect(svgFile.name).toMatch(/^chart(_\d+)?\.svg$/);
  const svgText = svgFile.bytes.toString("utf8");
  expect(svgText.startsWith("<svg")).toBe(true);
  expect(svgText).toContain("Internet users aged 15+, % (mean of all series)");
  expect(svgText).toContain('font-size="28px"');

  const width = Number(await projected.getAttribute("width"));
  const height = Number(await projected.getAttribute("height"));
  expect(width).toBeGreaterThan(1000);
  const png = await download(page, cell, "chart-export-png-2");
  expect(png.name).toMatch(/@2x\.png$/);
  expect(pngSize(png.bytes)).toEqual({ width: 2 * width, height: 2 * height });

  const csv = await download(page, cell, "chart-export-csv");
  const lines = csv.bytes.toString("utf8").split("\r\n");
  expect(lines[0]).toBe("year,unit_id,mean_value");
  expect(lines.some((l) => l.startsWith("2022,osh_city,"))).toBe(true);

  const pdf = await download(page, cell, "chart-export-pdf");
  expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");

  // Copy image: a PNG on the clipboard, read back through the page.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await cell.getByTestId("chart-export").click();
  await cell.getByTestId("chart-copy-image").click();
  await expect(cell.getByTestId("chart-export-message")).toHaveText("Image copied to the clipboard.");
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const blob = await item!.getType("image/png");
    return [...new Uint8Array(await blob.arrayBuffer())];
  });
  expect(pngSize(Buffer.from(copied))).toEqual({ width: 2 * width, height: 2 * height });
});

test("the starter notebook's chart cell draws after Run all", async ({ page }) => {
  await openWorkbench(page);
  const cell = page.locator('[data-testid="cell"][data-name="osh_trend_chart"]');
  await expect(cell.getByTestId("chart-cell")).toBeVisible();
  await page.getByTestId("run-all").click();
  const svg = await drawnChart(cell, "mark-line");
  await expect(svg).toContainText("Internet use in Osh oblast and Osh city against the country");
  await expect(svg).toContainText("Osh");
  // Points on the line (the spec asks for them) and a legend entry per area.
  await expect(svg.locator("g.mark-symbol path").first()).toBeAttached();
  await expect(cell.getByTestId("chart-synthetic")).toHaveCount(0);

  // The tooltip lists the hovered point's fields. (The chart redraws if a scroll bar appears and
  // takes width from it, so the pointer is moved onto a point again until a tooltip shows.)
  await scrollCellToTop(cell);
  await expect(async () => {
    const point = await svg.locator("g.mark-symbol path").nth(3).boundingBox();
    expect(point).not.toBeNull();
    await page.mouse.move(0, 0);
    await page.mouse.move(point!.x + point!.width / 2, point!.y + point!.height / 2);
    await expect(page.locator(".chart-tooltip:not([hidden])")).toContainText(
      "Internet users, % of people aged 15+",
      {
        timeout: 1000,
      },
    );
  }).toPass();

  // A click on a legend entry fades the other series.
  await svg.locator("g.role-legend-label text", { hasText: "Osh (city)" }).click();
  await expect(svg.locator('g.mark-line path[opacity="0.2"]')).toHaveCount(2);

  // Scrolling on the plot zooms the y axis: its tick labels change.
  const ticks = svg.locator("g.role-axis-label").nth(1);
  const before = await ticks.textContent();
  const plot = await svg.locator("g.mark-line").first().boundingBox();
  await page.mouse.move(plot!.x + plot!.width / 2, plot!.y + plot!.height / 2);
  await page.mouse.wheel(0, -400);
  await expect(ticks).not.toHaveText(before ?? "");
});

test("a chart of synthetic data says so on screen, in its images and in its CSV", async ({ page }) => {
  await openWorkbench(page);
  const sql = await addSqlCell(page, "SELECT i % 4 AS district_no, i AS person FROM range(40) t(i)");
  const name = sql.getByTestId("cell-name");
  await name.fill("survey_synthetic");
  await name.press("Enter");
  await sql.getByTestId("run").click();
  await expect(sql.getByTestId("cell-status")).toHaveText(/^40 rows/);

  await page.getByTestId("add-chart-cell").click();
  const cell = page.getByTestId("cell").last();
  await pick(cell, "chart-source", "survey_synthetic");
  await pick(cell, "chart-field-x", "district_no");
  await pick(cell, "chart-type-x", "nominal");
  await pick(cell, "chart-field-y", "__count__");
  const svg = await drawnChart(cell, "mark-rect");
  await expect(cell.getByTestId("chart-synthetic")).toBeVisible();
  await expect(svg).toContainText("SYNTHETIC DATA");

  const svgFile = await download(page, cell, "chart-export-svg");
  expect(svgFile.name).toContain("-SYNTHETIC");
  expect(svgFile.bytes.toString("utf8")).toContain("SYNTHETIC DATA");
  const csv = await download(page, cell, "chart-export-csv");
  const lines = csv.bytes.toString("utf8").split("\r\n");
  expect(lines[0]).toMatch(/^# SYNTHETIC DATA/);
  expect(lines[1]).toBe("district_no,__count");
  const spec = JSON.parse((await download(page, cell, "chart-export-vl")).bytes.toString("utf8"));
  // No title was set: the label is the title.
  expect(spec.title.text).toMatch(/^SYNTHETIC DATA/);
  expect(spec.datasets.chart_rows).toHaveLength(4);
});

test("Vega-Lite JSON the builder cannot express draws, with the builder off for it", async ({ page }) => {
  await openWorkbench(page);
  await page.getByTestId("add-chart-cell").click();
  const cell = page.getByTestId("cell").last();
  await pick(cell, "chart-source", "units");
  await cell.getByTestId("chart-tab-json").click();
  const spec = {
    data: { name: "units" },
    transform: [
      { filter: "datum.area_km2 != null" },
      { calculate: "datum.area_km2 / 1000", as: "thousand_km2" },
    ],
    mark: "bar",
    encoding: {
      y: { field: "name_en", type: "nominal", sort: "-x" },
      x: { field: "thousand_km2", type: "quantitative", title: "Area, thousand km²" },
    },
  };
  const editor = cell.locator(".cm-content");
  await editor.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText('{ "mark": ');
  await expect(cell.getByTestId("chart-json-error")).toContainText("Vega-Lite JSON, line 1");
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(JSON.stringify(spec, null, 2));
  await expect(cell.getByTestId("chart-json-error")).toHaveCount(0);
  const svg = await drawnChart(cell, "mark-rect");
  await expect(svg).toContainText("Area, thousand km²");
  await cell.getByTestId("chart-tab-builder").click();
  await expect(cell.getByTestId("chart-builder-off")).toContainText("draws the rows of units as they are");
});
