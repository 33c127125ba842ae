import { useEffect, useRef, useState } from "react";
import type { FileEntry } from "../../../shared/protocol/methods-io.ts";
import { t } from "../i18n/t.ts";
import { useWorkbench } from "../store/workbench-store.ts";

interface Props {
  /** Only files whose names match are offered; folders are always shown. */
  accept: RegExp;
  onPick(path: string): void;
}

function join(dir: string, name: string): string {
  const sep = dir.includes("\\") && !dir.includes("/") ? "\\" : "/";
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}

/** A file picker over the engine's disk (the user's own machine), for web mode and Electron alike. */
export function FileBrowser({ accept, onPick }: Props) {
  const client = useWorkbench((s) => s.client);
  const [dir, setDir] = useState<string | undefined>(undefined);
  const [listing, setListing] = useState<{ dir: string; parent: string | null; entries: FileEntry[] } | null>(
    null,
  );
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string | null>(null);
  /** Typing a path wins over a listing that arrives later. */
  const edited = useRef(false);
  const navigate = (to: string) => {
    edited.current = false;
    setDir(to);
  };

  useEffect(() => {
    client?.call("files.browse", dir ? { dir } : {}).then(
      (r) => {
        setListing(r);
        if (!edited.current) setTyped(r.dir);
        setError(null);
      },
      (e: Error) => setError(e.message),
    );
  }, [client, dir]);

  return (
    <div className="file-browser" data-testid="file-browser">
      <form
        className="path-row"
        onSubmit={(e) => {
          e.preventDefault();
          edited.current = false;
          if (accept.test(typed)) onPick(typed);
          else setDir(typed);
        }}
      >
        <input
          aria-label={t("io.path")}
          value={typed}
          onChange={(e) => {
            edited.current = true;
            setTyped(e.target.value);
          }}
          data-testid="path-input"
          spellCheck={false}
        />
        <button type="submit" className="btn">
          {t("io.go")}
        </button>
      </form>
      {error && <p className="cell-error">{error}</p>}
      <ul className="file-list">
        {listing?.parent && (
          <li>
            <button type="button" className="btn link" onClick={() => navigate(listing.parent!)}>
              ⬑ ..
            </button>
          </li>
        )}
        {listing?.entries
          .filter((e) => e.kind === "dir" || accept.test(e.name))
          .map((e) => (
            <li key={e.name}>
              <button
                type="button"
                className="btn link"
                onClick={() =>
                  e.kind === "dir" ? navigate(join(listing.dir, e.name)) : onPick(join(listing.dir, e.name))
                }
              >
                {e.kind === "dir" ? "📁 " : "📄 "}
                {e.name}
              </button>
              {e.size !== null && <span className="muted small"> {(e.size / 1024).toFixed(1)} KB</span>}
            </li>
          ))}
      </ul>
    </div>
  );
}
