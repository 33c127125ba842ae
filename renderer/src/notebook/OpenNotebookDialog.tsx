import { useEffect, useState } from "react";
import type { ResultOf } from "../../../shared/protocol/methods.ts";
import { t } from "../i18n/t.ts";
import { useFiles } from "../store/notebook-files.ts";
import { useUi } from "../store/ui-store.ts";
import { useWorkbench } from "../store/workbench-store.ts";

type Listing = ResultOf<"notebook.list">["notebooks"];
type Recent = ResultOf<"notebook.recent">["recent"];

/** Open: the workspace's notebooks, most recent first, with any that cannot be read marked. */
export function OpenNotebookDialog() {
  const client = useWorkbench((s) => s.client);
  const closeDialog = useUi((s) => s.closeDialog);
  const open = useFiles((s) => s.open);
  const [list, setList] = useState<Listing>([]);
  const [recent, setRecent] = useState<Recent>([]);
  useEffect(() => {
    client
      ?.call("notebook.list", {})
      .then((r) => setList([...r.notebooks].sort((a, b) => b.modifiedMs - a.modifiedMs)));
    client?.call("notebook.recent", {}).then((r) => setRecent(r.recent.filter((x) => x.exists).slice(0, 5)));
  }, [client]);
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="dialog" aria-label={t("cmd.open")} data-testid="open-dialog">
        <div className="dialog-head">
          <h2>{t("cmd.open")}</h2>
          <button type="button" className="btn ghost" onClick={closeDialog} aria-label={t("common.close")}>
            ✕
          </button>
        </div>
        {recent.length > 0 && (
          <>
            <h3 className="small muted">{t("file.recent")}</h3>
            <ul className="file-list" data-testid="recent-list">
              {recent.map((r) => (
                <li key={r.path}>
                  <button
                    type="button"
                    className="btn link"
                    onClick={async () => {
                      closeDialog();
                      await open(r.path);
                    }}
                  >
                    🕘 {r.title ?? r.path}
                  </button>{" "}
                  <span className="muted small">{r.path}</span>
                </li>
              ))}
            </ul>
            <h3 className="small muted">{t("file.all")}</h3>
          </>
        )}
        <ul className="file-list">
          {list.map((n) => (
            <li key={n.path}>
              <button
                type="button"
                className="btn link"
                onClick={async () => {
                  closeDialog();
                  await open(n.path);
                }}
              >
                📓 {n.title ?? n.path}
              </button>{" "}
              <span className="muted small">
                {n.path} · {new Date(n.modifiedMs).toLocaleString()}
              </span>
              {n.problem && <div className="cell-error small">{n.problem}</div>}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
