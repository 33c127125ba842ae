import { t } from "../i18n/t.ts";
import type { CellRuntime } from "../store/cell-types.ts";

/** The one-line status of a cell: what happened when it last ran, or why it is out of date. */
export function cellStatusText(runtime: CellRuntime, stale: boolean): string {
  switch (runtime.status) {
    case "queued":
      return t("cell.status.queued");
    case "running":
      return t("cell.status.running");
    case "cancelled":
      return t("cell.status.cancelled");
    case "error":
      return runtime.error?.message.split("\n")[0] ?? "";
    case "done": {
      const r = runtime.result;
      if (!r) return stale ? t("cell.status.stale") : t("cell.status.doneNoResult");
      const ms = Math.round(r.elapsedMs);
      const text =
        !r.resultId && r.statementType !== "SELECT"
          ? t("cell.status.doneStatement", { statement: r.statementType, ms })
          : r.rowCount === 1
            ? t("cell.status.doneOne", { ms })
            : t("cell.status.done", { rows: r.rowCount.toLocaleString("en-US"), ms });
      return stale ? `${text} · ${t("cell.status.stale")}` : text;
    }
    default:
      return stale ? t("cell.status.notRun") : t("cell.status.idle");
  }
}
