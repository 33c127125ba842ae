import { fileNameFromTitle } from "../../../shared/file-name-slug.ts";
import { EngineError } from "../engine-error.ts";
import type { HandlersFor } from "../handler-types.ts";
import { ReportBuildError, reportFromNotebook } from "./notebook-to-report.ts";
import { renderReport } from "./write-report.ts";

export const reportHandlers: HandlersFor<"report.render"> = {
  "report.render": async (engine, p) => {
    try {
      const doc = await reportFromNotebook(engine, p.notebook, p.where, {
        generatedAt: new Date(),
        onCellError: p.keepGoing ? "note" : "fail",
      });
      const rendered = await renderReport(doc, p.format);
      return {
        data: new Uint8Array(rendered.data.buffer, rendered.data.byteOffset, rendered.data.byteLength),
        fileName: fileNameFromTitle(p.notebook.title, "report", p.format),
        pages: rendered.pages,
      };
    } catch (e) {
      if (e instanceof ReportBuildError)
        throw new EngineError("export_failed", e.message, undefined, e.cell ?? p.where);
      throw e;
    }
  },
};
