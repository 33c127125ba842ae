import type { Cell } from "../../../../shared/notebook/notebook-schema.ts";
import { t } from "../../i18n/t.ts";

/** Chart and gap cells until their editors are drawn: what they are set to show. */
export function PendingCellBody({ cell }: { cell: Cell }) {
  const config = cell.kind === "chart" ? cell.options.spec : cell.kind === "gap" ? cell.options.config : null;
  return (
    <div className="pending-cell">
      <p className="muted">{t(cell.kind === "chart" ? "cell.chartPending" : "cell.gapPending")}</p>
      {config !== null && <pre className="small">{JSON.stringify(config, null, 2)}</pre>}
    </div>
  );
}
