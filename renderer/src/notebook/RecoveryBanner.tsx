import { t } from "../i18n/t.ts";
import { useFiles } from "../store/notebook-files.ts";

/** After a crash: the unsaved work the autosave kept, offered back. */
export function RecoveryBanner() {
  const recovery = useFiles((s) => s.recovery);
  const restore = useFiles((s) => s.restore);
  const discard = useFiles((s) => s.discard);
  if (recovery.length === 0) return null;
  return (
    <div className="recovery-banner" role="alert" data-testid="recovery">
      {recovery.map((item) => (
        <div key={item.key}>
          {t("file.recovery", {
            title: item.title ?? item.path ?? t("file.untitled"),
            time: new Date(item.autosavedMs).toLocaleString(),
          })}{" "}
          <button
            type="button"
            className="btn primary"
            onClick={() => void restore(item.key)}
            data-testid="restore"
          >
            {t("file.restore")}
          </button>{" "}
          <button type="button" className="btn" onClick={() => void discard(item.key)}>
            {t("file.discard")}
          </button>
          {item.problem && <span className="small"> {item.problem}</span>}
        </div>
      ))}
    </div>
  );
}
