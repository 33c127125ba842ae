import { type ReactNode, useEffect, useRef, useState } from "react";
import { t } from "../i18n/t.ts";
import { useUi } from "../store/ui-store.ts";
import { useWorkbench } from "../store/workbench-store.ts";
import { uploadFile } from "./upload-file.ts";

/** Files dropped anywhere on the window go to the engine, then into the import dialog. */
export function DropZone({ children }: { children: ReactNode }) {
  const client = useWorkbench((s) => s.client);
  const openDialog = useUi((s) => s.openDialog);
  const [hover, setHover] = useState(false);
  const [upload, setUpload] = useState<{ name: string; fraction: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  const onDrop = async (file: File) => {
    if (!client) return;
    const controller = new AbortController();
    abort.current = controller;
    setError(null);
    setUpload({ name: file.name, fraction: 0 });
    try {
      const path = await uploadFile(
        client,
        file,
        (fraction) => setUpload({ name: file.name, fraction }),
        controller.signal,
      );
      openDialog({ kind: "import", path });
    } catch (e) {
      setError(t("io.drop.failed", { name: file.name, message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setUpload(null);
    }
  };

  const onDropRef = useRef(onDrop);
  onDropRef.current = onDrop;

  // Listening on the window: a drop anywhere counts, whatever element is under the pointer.
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes("Files")) {
        e.preventDefault();
        setHover(true);
      }
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setHover(false);
    };
    const drop = (e: DragEvent) => {
      e.preventDefault();
      setHover(false);
      const file = e.dataTransfer?.files[0];
      if (file) void onDropRef.current(file);
    };
    window.addEventListener("dragover", over);
    window.addEventListener("dragleave", leave);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragover", over);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("drop", drop);
    };
  }, []);
  return (
    <>
      {children}
      {hover && <div className="drop-overlay">{t("io.drop.hint")}</div>}
      {upload && (
        <div className="toast" role="status">
          {t("io.drop.uploading", { name: upload.name })} <progress value={upload.fraction} max={1} />
          <button type="button" className="btn ghost" onClick={() => abort.current?.abort()}>
            {t("cell.cancel")}
          </button>
        </div>
      )}
      {error && (
        <div className="toast error" role="alert">
          {error}
          <button
            type="button"
            className="btn ghost"
            onClick={() => setError(null)}
            aria-label={t("common.close")}
          >
            ✕
          </button>
        </div>
      )}
    </>
  );
}
