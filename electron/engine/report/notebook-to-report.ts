import path from "node:path";
import type { Json } from "@duckdb/node-api";
import { cellUses } from "../../../shared/notebook/cell-uses.ts";
import type { Cell, Notebook } from "../../../shared/notebook/notebook-schema.ts";
import type { CellAnalysis } from "../../../shared/protocol/methods-notebook.ts";
import {
  REPORT_TABLE_ROW_LIMIT,
  type ReportBlock,
  type ReportDocument,
} from "../../../shared/report/report-model.ts";
import { fillString, REPORT_STRINGS_EN } from "../../../shared/report/report-strings.ts";
import type { Engine } from "../engine.ts";
import { EngineError } from "../engine-error.ts";
import { quoteIdent } from "../import/sql-quote.ts";
import { runNotebookCell } from "../notebook/cell-runner.ts";
import { analyzeNotebook } from "../notebook/notebook-analyze.ts";
import { readNotebookFile } from "../notebook/notebook-file-read.ts";
import type { ParamValue } from "../notebook/param-binding.ts";
import { RESULTS_DB } from "../results-db.ts";
import { chartCellSvg } from "./chart-cell-svg.ts";
import { gapCellBlocks } from "./gap-cell-report.ts";
import { type Lineage, reportProvenance } from "./report-provenance.ts";

export interface BuildReportOptions {
  /** Shown on the report; passed in so that a rebuild from the same data gives the same report. */
  generatedAt: Date;
  subtitle?: string;
  /**
   * "fail" (default): the first cell that cannot run stops the report, with its message.
   * "note": the report says in the cell's place that it could not run, and goes on.
   */
  onCellError?: "fail" | "note";
}

/** A report that cannot be built; the message says which notebook and cell, and why. */
export class ReportBuildError extends Error {
  constructor(
    message: string,
    readonly notebook: string,
    readonly cell?: string,
  ) {
    super(message);
    this.name = "ReportBuildError";
  }
}

/** Reads a notebook file, runs it headlessly and turns it into a report. */
export async function buildReport(
  engine: Engine,
  notebookFile: string,
  opts: BuildReportOptions,
): Promise<ReportDocument> {
  const read = await readNotebookFile(path.resolve(notebookFile), notebookFile).catch((e: unknown) => {
    throw new ReportBuildError(e instanceof Error ? e.message : String(e), notebookFile);
  });
  if (!read.ok) throw new ReportBuildError(read.error.message, notebookFile);
  return reportFromNotebook(engine, read.notebook, notebookFile, opts);
}

/**
 * Runs a notebook's SQL cells in dependency order, with the input cells' values as parameters,
 * then walks the cells in document order: markdown as it is, SQL results as tables (first
 * REPORT_TABLE_ROW_LIMIT rows), charts drawn from their compiled DuckDB query, gap cells as their
 * scorecard table and charts (gap-cell-report.ts), inputs as a note of the value used. Each
 * figure and table carries the sources of its rows and, when any data behind it is synthetic,
 * the synthetic flag. `where` names the notebook in messages.
 */
export async function reportFromNotebook(
  engine: Engine,
  notebook: Notebook,
  where: string,
  opts: BuildReportOptions,
): Promise<ReportDocument> {
  const run = new NotebookRun(engine, notebook, where, opts.onCellError ?? "fail", opts.generatedAt);
  await run.runSqlCells();
  return {
    title: notebook.title.trim() || path.basename(where),
    subtitle: opts.subtitle,
    generatedAt: opts.generatedAt,
    blocks: await run.blocks(),
  };
}

class NotebookRun {
  private readonly byName = new Map<string, Cell>();
  private analysis = new Map<string, CellAnalysis>();
  private readonly failed = new Map<string, string>();
  private readonly params: Record<string, ParamValue>;

  constructor(
    private readonly engine: Engine,
    private readonly notebook: Notebook,
    private readonly where: string,
    private readonly onCellError: "fail" | "note",
    private readonly generatedAt: Date,
  ) {
    for (const cell of notebook.cells) this.byName.set(cell.name, cell);
    this.params = Object.fromEntries(
      notebook.cells.flatMap((c) => (c.kind === "input" ? [[c.name, c.options.value]] : [])),
    );
  }

  async runSqlCells(): Promise<void> {
    const analysis = await analyzeNotebook(
      this.engine,
      this.notebook.cells.map((c) => ({ name: c.name, kind: c.kind, source: c.source, uses: cellUses(c) })),
    );
    this.analysis = new Map(analysis.cells.map((a) => [a.name, a]));
    const ordered = new Set(analysis.order);
    for (const cell of this.notebook.cells) {
      const blocked = this.analysis.get(cell.name)?.blocked;
      if (cell.kind !== "gap" && blocked) this.fail(cell, blocked);
      else if (cell.kind === "sql" && !ordered.has(cell.name)) this.fail(cell, "it is in a dependency cycle");
    }
    for (const name of analysis.order) {
      const cell = this.byName.get(name);
      if (cell?.kind !== "sql" || this.failed.has(name)) continue;
      const upstream = this.failedUpstream(name);
      if (upstream) {
        this.fail(cell, `it reads cell ${upstream}, which could not run`);
        continue;
      }
      try {
        await runNotebookCell(this.engine, { name, sql: cell.source, params: this.params, windowSize: 1 });
      } catch (e) {
        this.fail(cell, describeError(e));
      }
    }
  }

  async blocks(): Promise<ReportBlock[]> {
    const blocks: ReportBlock[] = [];
    let figures = 0;
    for (const cell of this.notebook.cells) {
      const hideInSlides = cell.hideInSlides;
      const failure = this.failed.get(cell.name);
      if (failure !== undefined) {
        blocks.push({
          kind: "note",
          text: fillString(REPORT_STRINGS_EN.cellFailed, { name: cell.name, message: failure }),
          hideInSlides,
        });
        continue;
      }
      switch (cell.kind) {
        case "markdown":
          if (cell.source.trim() !== "") blocks.push({ kind: "markdown", source: cell.source, hideInSlides });
          break;
        case "input":
          blocks.push({
            kind: "note",
            text: fillString(REPORT_STRINGS_EN.inputValue, {
              name: cell.name,
              value: String(cell.options.value),
            }),
          });
          break;
        case "gap":
          for (const block of await this.gapBlocks(cell, ++figures)) blocks.push({ ...block, hideInSlides });
          break;
        case "sql": {
          const table = await this.sqlTable(cell);
          if (table) blocks.push({ ...table, hideInSlides });
          break;
        }
        case "chart": {
          const figure = await this.chartFigure(cell, ++figures);
          if (figure) blocks.push({ ...figure, hideInSlides });
          break;
        }
      }
    }
    return blocks;
  }

  private async sqlTable(cell: Cell): Promise<ReportBlock | undefined> {
    const exists = await this.engine.withConnection(async (conn) => {
      const r = await conn.runAndReadAll(
        `SELECT count(*) FROM duckdb_tables() WHERE database_name = '${RESULTS_DB}' AND table_name = $name`,
        { name: cell.name },
      );
      return Number(r.getRows()[0]?.[0]) > 0;
    });
    // A cell whose last statement is not a query (CREATE, INSERT…) has no result to show.
    if (!exists) return undefined;
    return this.engine.withConnection(async (conn) => {
      const target = `${RESULTS_DB}.main.${quoteIdent(cell.name)}`;
      const total = Number(
        (await conn.runAndReadAll(`SELECT count(*) FROM ${target}`)).getRows()[0]?.[0] ?? 0,
      );
      const reader = await conn.runAndReadAll(`SELECT * FROM ${target} LIMIT ${REPORT_TABLE_ROW_LIMIT}`);
      const rows = reader.getRowsJson().map((row) => row.map(cellText));
      const provenance = await reportProvenance(conn, cell.name, this.lineage(cell.name));
      return {
        kind: "table" as const,
        columns: reader.columnNames(),
        rows,
        omittedRows: total - rows.length,
        caption: sqlCaption(cell),
        ...provenance,
      };
    });
  }

  private async chartFigure(cell: Cell & { kind: "chart" }, n: number): Promise<ReportBlock | undefined> {
    const source = cellUses(cell)?.tables[0];
    const upstream = source && this.failed.has(source) ? source : undefined;
    try {
      if (upstream) throw new Error(`it reads cell ${upstream}, which could not run`);
      const chart = await chartCellSvg(this.engine, cell.options.spec, `fig${n}-`);
      const provenance = await this.engine.withConnection((conn) =>
        reportProvenance(conn, chart.source, this.lineage(chart.source)),
      );
      return {
        kind: "figure",
        svg: chart.svg,
        widthPx: chart.widthPx,
        heightPx: chart.heightPx,
        caption: chart.title ?? cell.name,
        ...provenance,
      };
    } catch (e) {
      this.fail(cell, describeError(e));
      return {
        kind: "note",
        text: fillString(REPORT_STRINGS_EN.cellFailed, { name: cell.name, message: describeError(e) }),
      };
    }
  }

  /** A gap cell's scorecard table and charts; a note in their place when it cannot be computed. */
  private async gapBlocks(cell: Cell & { kind: "gap" }, n: number): Promise<ReportBlock[]> {
    try {
      return await gapCellBlocks(this.engine, cell, { idPrefix: `gap${n}-`, generatedAt: this.generatedAt });
    } catch (e) {
      this.fail(cell, describeError(e));
      return [
        {
          kind: "note",
          text: fillString(REPORT_STRINGS_EN.cellFailed, { name: cell.name, message: describeError(e) }),
        },
      ];
    }
  }

  /** The cell results upstream of a table (a cell result or a catalog table) and the catalog tables at its root. */
  private lineage(name: string): Lineage {
    const cells = new Set<string>();
    const catalog = new Set<string>();
    const visit = (table: string) => {
      const cell = this.byName.get(table);
      if (cell?.kind !== "sql") catalog.add(table.toLowerCase());
      else if (!cells.has(table)) {
        cells.add(table);
        for (const read of this.analysis.get(table)?.tables ?? []) visit(read);
      }
    };
    visit(name);
    cells.delete(name);
    return { cells: [...cells], catalog: [...catalog] };
  }

  private failedUpstream(name: string): string | undefined {
    return this.analysis.get(name)?.tables.find((t) => this.failed.has(t));
  }

  private fail(cell: Cell, message: string): void {
    if (this.onCellError === "fail") {
      const index = this.notebook.cells.indexOf(cell) + 1;
      throw new ReportBuildError(
        `${this.where}, cell ${cell.name} (cell ${index} of ${this.notebook.cells.length}): ${message}`,
        this.where,
        cell.name,
      );
    }
    this.failed.set(cell.name, message);
  }
}

/** The first comment line of a SQL cell says what it shows; else the cell's name. */
function sqlCaption(cell: Cell): string {
  for (const line of cell.source.split("\n")) {
    const comment = line.match(/^\s*--\s*(.*\S)/);
    if (comment?.[1]) return comment[1];
    if (line.trim() !== "") break;
  }
  return cell.name;
}

function cellText(value: Json): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

function describeError(e: unknown): string {
  if (e instanceof EngineError && e.position)
    return `line ${e.position.line}, column ${e.position.column}: ${e.message}`;
  return e instanceof Error ? e.message : String(e);
}
