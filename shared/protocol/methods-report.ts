import { z } from "zod";
import { NotebookSchema } from "../notebook/notebook-schema.ts";
import { ArrowBytes } from "./common-schemas.ts";

/** Whole-notebook reports: the engine runs the notebook and writes HTML, PDF, DOCX or PPTX. */
export const reportMethods = {
  "report.render": {
    params: z
      .object({
        notebook: NotebookSchema,
        format: z.enum(["html", "pdf", "docx", "pptx"]),
        /** Where the notebook lives (its file name), for messages and the report's subtitle. */
        where: z.string().max(1000),
        /** A failing cell becomes a note instead of stopping the report. */
        keepGoing: z.boolean().optional(),
      })
      .strict(),
    result: z.object({ data: ArrowBytes, fileName: z.string(), pages: z.number().optional() }),
  },
} as const;
