import { z } from "zod";
import { cellNameProblem } from "./cell-name.ts";

/** The file format version this app writes; older files are migrated on load. */
export const NOTEBOOK_VERSION = 1;

export const CELL_KINDS = ["sql", "markdown", "input", "chart", "gap"] as const;
export type CellKind = (typeof CELL_KINDS)[number];

export const INPUT_CONTROLS = ["slider", "dropdown", "number", "text", "year"] as const;
export type InputControl = (typeof INPUT_CONTROLS)[number];

/** What an input cell hands to SQL as `$name`. */
export const InputValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type InputValue = z.infer<typeof InputValueSchema>;

export const CellNameSchema = z.string().superRefine((name, ctx) => {
  const problem = cellNameProblem(name);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

export const InputOptionsSchema = z
  .strictObject({
    control: z.enum(INPUT_CONTROLS),
    value: InputValueSchema,
    min: z.number().optional(),
    max: z.number().optional(),
    step: z.number().positive().optional(),
    /** Dropdown choices: the distinct values of this column. */
    optionsFrom: z.strictObject({ table: z.string().min(1), column: z.string().min(1) }).optional(),
  })
  .superRefine((o, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    const numeric = o.control === "slider" || o.control === "number" || o.control === "year";
    if (numeric && o.value !== null && typeof o.value !== "number") {
      issue("value", `a ${o.control} input holds a number or null`);
    }
    if (o.control === "year" && typeof o.value === "number" && !Number.isInteger(o.value)) {
      issue("value", "a year input holds a whole number");
    }
    if (o.control === "text" && o.value !== null && typeof o.value !== "string") {
      issue("value", "a text input holds text or null");
    }
    if (o.control === "slider" && (o.min === undefined || o.max === undefined)) {
      issue("min", "a slider needs both min and max");
    }
    if (o.min !== undefined && o.max !== undefined && o.min > o.max) {
      issue("max", `max (${o.max}) is below min (${o.min})`);
    }
    if (o.control === "dropdown" && o.optionsFrom === undefined) {
      issue("optionsFrom", "a dropdown needs optionsFrom: the table and column its choices come from");
    }
  });
export type InputOptions = z.infer<typeof InputOptionsSchema>;

/** Chart specs and gap configs are validated by the chart and gap code, not here. */
export const ChartOptionsSchema = z.strictObject({ spec: z.unknown() });
export const GapOptionsSchema = z.strictObject({ config: z.unknown() });

/**
 * One cell schema per kind, parameterised by how the source is held: lines in the file,
 * one string in memory.
 */
function cellSchema<S extends z.ZodType>(source: S) {
  const base = {
    id: z.string().min(1).max(100),
    name: CellNameSchema,
    /** Leave the cell out of presentation mode. */
    hideInSlides: z.boolean().optional(),
    source,
  };
  return z.discriminatedUnion("kind", [
    z.strictObject({ ...base, kind: z.literal("sql") }),
    z.strictObject({ ...base, kind: z.literal("markdown") }),
    z.strictObject({ ...base, kind: z.literal("input"), options: InputOptionsSchema }),
    z.strictObject({ ...base, kind: z.literal("chart"), options: ChartOptionsSchema }),
    z.strictObject({ ...base, kind: z.literal("gap"), options: GapOptionsSchema }),
  ]);
}

function notebookSchema<C extends z.ZodType<{ id: string; name: string }>>(cell: C) {
  return z
    .strictObject({
      version: z.literal(NOTEBOOK_VERSION),
      title: z.string().max(300),
      cells: z.array(cell),
    })
    .superRefine((nb, ctx) => {
      const names = new Map<string, number>();
      const ids = new Map<string, number>();
      nb.cells.forEach((c, i) => {
        const nameAt = names.get(c.name);
        if (nameAt !== undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["cells", i, "name"],
            message: `name "${c.name}" is already used by cells[${nameAt}]; cell names must be unique`,
          });
        } else names.set(c.name, i);
        const idAt = ids.get(c.id);
        if (idAt !== undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["cells", i, "id"],
            message: `id "${c.id}" is already used by cells[${idAt}]`,
          });
        } else ids.set(c.id, i);
      });
    });
}

/** A cell as stored in the file: source as an array of lines, so diffs show line changes. */
export const CellFileSchema = cellSchema(z.array(z.string()));
export type CellFile = z.infer<typeof CellFileSchema>;
export const NotebookFileSchema = notebookSchema(CellFileSchema);
export type NotebookFile = z.infer<typeof NotebookFileSchema>;

/** A cell as the app holds it: source as one string. */
export const CellSchema = cellSchema(z.string().max(1_000_000));
export type Cell = z.infer<typeof CellSchema>;
export const NotebookSchema = notebookSchema(CellSchema);
export type Notebook = z.infer<typeof NotebookSchema>;

/** Lines without terminators; an empty source is no lines, so the two convert without loss. */
export function sourceToLines(source: string): string[] {
  return source === "" ? [] : source.split("\n");
}

export function linesToSource(lines: readonly string[]): string {
  return lines.join("\n");
}

export function notebookFromFile(file: NotebookFile): Notebook {
  return {
    ...file,
    cells: file.cells.map((c) => ({ ...c, source: linesToSource(c.source) }) as Cell),
  };
}

export function notebookToFile(notebook: Notebook): NotebookFile {
  return {
    ...notebook,
    cells: notebook.cells.map((c) => ({ ...c, source: sourceToLines(c.source) }) as CellFile),
  };
}
