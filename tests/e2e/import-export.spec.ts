import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { openWorkbench, screenshot } from "./app-page.ts";

/** A statistics-committee style CSV: Windows-1251, semicolons, decimal commas, a thousands space. */
function writeCp1251Csv(file: string): void {
  const text =
    "Район;Год;Доля пользователей Интернета, %;Население\r\nАлай;2022;71,5;89 100\r\nКара-Суу;2022;78,25;412 400\r\nӨзгөн;2023;80,1;265 000\r\n";
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 128) bytes.push(code);
    else if (code >= 0x410 && code <= 0x44f) bytes.push(code - 0x410 + 0xc0);
    else if (ch === "Ө" || ch === "ө")
      bytes.push(0x4f); // no cp1251 letter: transliterated, like many real files
    else throw new Error(`no cp1251 byte for ${ch}`);
  }
  fs.writeFileSync(file, Buffer.from(bytes));
}

test("imports a Windows-1251 semicolon CSV through the dialog and exports the result as XLSX", async ({
  page,
}) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "osh-e2e-import-"));
  const file = path.join(dir, "internet_districts.csv");
  writeCp1251Csv(file);
  await openWorkbench(page);
  await page.getByTestId("open-import").click();
  const dialog = page.getByTestId("import-dialog");
  await dialog.getByTestId("path-input").fill(file);
  await dialog.getByTestId("path-input").press("Enter");
  await expect(dialog.getByTestId("encoding")).toHaveValue("windows-1251");
  await expect(dialog.getByTestId("delimiter")).toHaveValue(";");
  await expect(dialog.getByTestId("decimal")).toHaveValue(",");
  await expect(dialog.getByTestId("import-preview")).toContainText("Кара-Суу");
  await expect(dialog.getByTestId("import-preview")).toContainText("78.25");
  await screenshot(page, "07-import-preview");
  await dialog.getByTestId("table-name").fill("internet_districts");
  await dialog.getByTestId("run-import").click();
  await expect(dialog).toBeHidden();
  const cell = page.getByTestId("cell").last();
  await expect(cell.getByTestId("cell-status")).toHaveText(/^3 rows/);
  await expect(page.getByTestId("catalog")).toContainText("internet_districts");

  await cell.getByTestId("export-result").click();
  const exportDialog = page.getByTestId("export-dialog");
  await exportDialog.getByTestId("export-folder").fill(dir);
  await exportDialog.getByTestId("export-name").fill("internet_out");
  await exportDialog.getByTestId("run-export").click();
  await expect(exportDialog.getByTestId("export-status")).toContainText("Saved 3 rows");
  const xlsx = fs.readFileSync(path.join(dir, "internet_out.xlsx"));
  expect(xlsx.subarray(0, 2).toString()).toBe("PK");
  fs.rmSync(dir, { recursive: true, force: true });
});

test("names the file, line and problem when an import fails, and leaves no table", async ({ page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "osh-e2e-import-"));
  const file = path.join(dir, "ragged.csv");
  fs.writeFileSync(file, "a;b;c\n1;2;3\n4;5\n6;7;8\n");
  await openWorkbench(page);
  await page.getByTestId("open-import").click();
  const dialog = page.getByTestId("import-dialog");
  await dialog.getByTestId("path-input").fill(file);
  await dialog.getByTestId("path-input").press("Enter");
  const error = dialog.getByTestId("import-error");
  await expect(error).toContainText("ragged.csv");
  await expect(error).toContainText("line 3");
  await screenshot(page, "08-import-error");
  fs.rmSync(dir, { recursive: true, force: true });
});

test("imports a file dropped onto the window, through the preview", async ({ page }) => {
  await openWorkbench(page);
  const csv = "unit;year;share\nalay;2021;61,5\nnookat;2021;58,25\nuzgen;2021;60\n";
  await page.evaluate(async (text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], "dropped_shares.csv", { type: "text/csv" }));
    document.body.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true }));
    document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true }));
  }, csv);
  const dialog = page.getByTestId("import-dialog");
  await expect(dialog.getByTestId("import-preview")).toContainText("nookat");
  await expect(dialog.getByTestId("decimal")).toHaveValue(",");
  await expect(dialog.getByTestId("table-name")).toHaveValue("dropped_shares");
  await screenshot(page, "16-drop-import-preview");
  await dialog.getByTestId("run-import").click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("cell").last().getByTestId("cell-status")).toHaveText(/^3 rows/);
});
