import { t } from "../i18n/t.ts";
import { useWorkbench } from "../store/workbench-store.ts";
import { SqlCell } from "./SqlCell.tsx";

export function Notebook() {
  const cells = useWorkbench((s) => s.cells);
  const addSqlCell = useWorkbench((s) => s.addSqlCell);
  return (
    <main className="notebook" aria-label={t("notebook.title")}>
      {cells.map((cell, i) => (
        <SqlCell key={cell.id} cell={cell} index={i} />
      ))}
      <button type="button" className="btn add-cell" onClick={() => addSqlCell()} data-testid="add-sql-cell">
        {t("notebook.addSqlCell")}
      </button>
    </main>
  );
}
