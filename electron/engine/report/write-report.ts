import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { ReportDocument, ReportFormat } from "../../../shared/report/report-model.ts";
import { writeAtomically } from "../export/atomic-file-write.ts";
import { ExportError } from "../export/export-error.ts";
import { renderDocx } from "./write-docx.ts";
import { renderHtml } from "./write-html.ts";
import { renderPdf } from "./write-pdf.ts";
import { renderPptx } from "./write-pptx.ts";

export interface WrittenReport {
  file: string;
  bytes: number;
  /** Page count, for PDF. */
  pages?: number;
}

/**
 * Renders the report in the format asked for and writes it through a temp file, so a failed
 * export never leaves a half-written report where a good one was.
 */
export async function writeReport(
  doc: ReportDocument,
  format: ReportFormat,
  file: string,
): Promise<WrittenReport> {
  const rendered = await renderReport(doc, format);
  await writeAtomically(file, (temp) =>
    writeFile(temp, rendered.data).catch((e: NodeJS.ErrnoException) => {
      const reason = e.code === "ENOENT" ? `the folder ${path.dirname(file)} does not exist` : e.message;
      throw new ExportError("WRITE_FAILED", file, `cannot write the report: ${reason}`);
    }),
  );
  return { file, bytes: rendered.data.length, pages: rendered.pages };
}

export async function renderReport(
  doc: ReportDocument,
  format: ReportFormat,
): Promise<{ data: Buffer; pages?: number }> {
  switch (format) {
    case "html":
      return { data: Buffer.from(renderHtml(doc), "utf8") };
    case "pdf":
      return renderPdf(doc);
    case "docx":
      return { data: await renderDocx(doc) };
    case "pptx":
      return { data: await renderPptx(doc) };
  }
}
