import { useEffect, useRef, useState } from "react";
import {
  type Cell,
  INPUT_CONTROLS,
  type InputControl,
  type InputOptions,
  type InputValue,
} from "../../../../shared/notebook/notebook-schema.ts";
import { t } from "../../i18n/t.ts";
import { useNotebook } from "../../store/notebook-store.ts";
import { useWorkbench } from "../../store/workbench-store.ts";

type InputCell = Extract<Cell, { kind: "input" }>;

/** A value that SQL cells read as `$name`; changing it re-runs only the cells that use it. */
export function InputCellBody({ cell }: { cell: InputCell }) {
  const setInputValue = useNotebook((s) => s.setInputValue);
  const setCellOptions = useNotebook((s) => s.setCellOptions);
  const client = useWorkbench((s) => s.client);
  const o = cell.options;
  const [draft, setDraft] = useState<InputValue>(o.value);
  const [settings, setSettings] = useState(false);
  const [choices, setChoices] = useState<InputValue[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => setDraft(o.value), [o.value]);
  useEffect(() => {
    if (o.control !== "dropdown" || !o.optionsFrom || !client) return;
    client.call("notebook.inputChoices", { table: o.optionsFrom.table, column: o.optionsFrom.column }).then(
      (r) => setChoices(r.values),
      () => setChoices([]),
    );
  }, [client, o.control, o.optionsFrom]);

  /** Dragging a slider commits once it rests, not on every pixel. */
  const commit = (value: InputValue) => {
    setDraft(value);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setInputValue(cell.id, value), 250);
  };
  const numeric = (v: string) => (v.trim() === "" ? null : Number(v));
  const setOptions = (patch: Partial<InputOptions>) => setCellOptions(cell.id, { ...o, ...patch });

  return (
    <div className="input-cell" data-testid="input-cell">
      <div className="input-control">
        <span className="input-name">${cell.name}</span>
        {o.control === "slider" && (
          <>
            <input
              type="range"
              min={o.min}
              max={o.max}
              step={o.step ?? 1}
              value={typeof draft === "number" ? draft : (o.min ?? 0)}
              onChange={(e) => commit(Number(e.target.value))}
              data-testid="input-value"
              aria-label={`$${cell.name}`}
            />
            <output>{String(draft)}</output>
          </>
        )}
        {(o.control === "number" || o.control === "year") && (
          <input
            type="number"
            min={o.min}
            max={o.max}
            step={o.control === "year" ? 1 : (o.step ?? "any")}
            value={draft === null ? "" : String(draft)}
            onChange={(e) => commit(numeric(e.target.value))}
            data-testid="input-value"
            aria-label={`$${cell.name}`}
          />
        )}
        {o.control === "text" && (
          <input
            value={draft === null ? "" : String(draft)}
            onChange={(e) => commit(e.target.value)}
            data-testid="input-value"
            aria-label={`$${cell.name}`}
          />
        )}
        {o.control === "dropdown" && (
          <select
            value={draft === null ? "" : String(draft)}
            onChange={(e) => commit(choices.find((c) => String(c) === e.target.value) ?? e.target.value)}
            data-testid="input-value"
            aria-label={`$${cell.name}`}
          >
            {[...new Set([draft, ...choices])].map((c) => (
              <option key={String(c)} value={c === null ? "" : String(c)}>
                {c === null ? t("grid.null") : String(c)}
              </option>
            ))}
          </select>
        )}
      </div>
      <button
        type="button"
        className="btn ghost small"
        onClick={() => setSettings(!settings)}
        aria-expanded={settings}
      >
        ⚙ {t("input.settings")}
      </button>
      {settings && (
        <div className="input-settings">
          <label>
            {t("input.control")}
            <select
              value={o.control}
              onChange={(e) => {
                const control = e.target.value as InputControl;
                const value =
                  control === "text" || control === "dropdown" ? String(o.value ?? "") : Number(o.value) || 0;
                setOptions({
                  control,
                  value,
                  ...(control === "slider" ? { min: o.min ?? 0, max: o.max ?? 100 } : {}),
                  ...(control === "dropdown"
                    ? { optionsFrom: o.optionsFrom ?? { table: "units", column: "unit_id" } }
                    : {}),
                });
              }}
            >
              {INPUT_CONTROLS.map((c) => (
                <option key={c} value={c}>
                  {t(`input.control.${c}`)}
                </option>
              ))}
            </select>
          </label>
          {(o.control === "slider" || o.control === "number" || o.control === "year") && (
            <>
              <label>
                {t("input.min")}
                <input
                  type="number"
                  value={o.min ?? ""}
                  onChange={(e) => setOptions({ min: numeric(e.target.value) ?? undefined })}
                />
              </label>
              <label>
                {t("input.max")}
                <input
                  type="number"
                  value={o.max ?? ""}
                  onChange={(e) => setOptions({ max: numeric(e.target.value) ?? undefined })}
                />
              </label>
            </>
          )}
          {o.control === "dropdown" && (
            <>
              <label>
                {t("input.fromTable")}
                <input
                  value={o.optionsFrom?.table ?? ""}
                  onChange={(e) =>
                    setOptions({
                      optionsFrom: { table: e.target.value, column: o.optionsFrom?.column ?? "" },
                    })
                  }
                />
              </label>
              <label>
                {t("input.fromColumn")}
                <input
                  value={o.optionsFrom?.column ?? ""}
                  onChange={(e) =>
                    setOptions({ optionsFrom: { table: o.optionsFrom?.table ?? "", column: e.target.value } })
                  }
                />
              </label>
            </>
          )}
        </div>
      )}
    </div>
  );
}
