import { useMemo, useState } from "react";
import { t } from "../i18n/t.ts";
import { useUi } from "../store/ui-store.ts";
import { COMMANDS } from "./commands.ts";
import { comboOf, displayBinding, loadOverrides, saveOverrides } from "./keymap.ts";

/** Ctrl+Shift+P: every command by name, with its keys, which can be changed here. */
export function CommandPalette() {
  const closeDialog = useUi((s) => s.closeDialog);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const [overrides, setOverrides] = useState(loadOverrides);
  const [recording, setRecording] = useState<string | null>(null);
  const matches = useMemo(
    () => COMMANDS.filter((c) => t(c.label).toLowerCase().includes(query.trim().toLowerCase())),
    [query],
  );

  const run = (index: number) => {
    const command = matches[index];
    if (!command) return;
    closeDialog();
    command.run();
  };

  const rebind = (id: string, binding: string | null) => {
    const next = { ...overrides };
    if (binding === null) delete next[id];
    else next[id] = [binding];
    saveOverrides(next);
    setOverrides(next);
    setRecording(null);
  };

  return (
    <div className="dialog-backdrop">
      <div
        className="dialog palette"
        role="dialog"
        aria-label={t("cmd.palette")}
        data-testid="command-palette"
      >
        <input
          // biome-ignore lint/a11y/noAutofocus: the palette exists to be typed into
          autoFocus
          className="palette-input"
          placeholder={t("palette.placeholder")}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (recording) return;
            if (e.key === "ArrowDown") setActive((a) => Math.min(matches.length - 1, a + 1));
            else if (e.key === "ArrowUp") setActive((a) => Math.max(0, a - 1));
            else if (e.key === "Enter") run(active);
            else if (e.key === "Escape") closeDialog();
            else return;
            e.preventDefault();
          }}
          aria-label={t("palette.placeholder")}
        />
        <ul className="palette-list">
          {matches.map((c, i) => (
            <li key={c.id} className={i === active ? "active" : ""}>
              <button type="button" className="palette-run" onClick={() => run(i)}>
                {t(c.label)}
              </button>
              {recording === c.id ? (
                <input
                  // biome-ignore lint/a11y/noAutofocus: the next key press is the new binding
                  autoFocus
                  className="key-recorder"
                  readOnly
                  value={t("palette.pressKeys")}
                  aria-label={t("palette.pressKeys")}
                  onKeyDown={(e) => {
                    e.preventDefault();
                    if (["Control", "Shift", "Alt", "Meta"].includes(e.key)) return;
                    rebind(c.id, e.key === "Escape" ? null : comboOf(e.nativeEvent));
                  }}
                />
              ) : (
                <button
                  type="button"
                  className="btn ghost small"
                  onClick={() => setRecording(c.id)}
                  title={t("palette.rebind")}
                >
                  {(overrides[c.id] ?? c.keys).map(displayBinding).join(" / ") || "—"}
                </button>
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
