import { useEffect, useRef, useState } from "react";
import { t } from "../i18n/t.ts";
import { CodeEditor, type EditorKeys } from "../notebook/CodeEditor.tsx";
import type { ChartCellSpec } from "./chart-cell-spec.ts";
import { type JsonEdit, readVegaLiteText, vegaLiteText } from "./vega-lite-json.ts";

interface Props {
  cellSpec: ChartCellSpec;
  /** Raw value the cell stores, to tell the editor's own changes from changes made elsewhere. */
  stored: unknown;
  onEdit(edit: Extract<JsonEdit, { ok: true }>["cellSpec"]): void;
  keys: EditorKeys;
}

/** Applying waits for a pause in typing: one undo step and one query per pause, not per key. */
const APPLY_DELAY_MS = 500;

/**
 * The chart as Vega-Lite JSON. What the user types is applied when it parses; text that does
 * not parse stays in the editor with a message naming the line and column, and the chart keeps
 * its last good spec.
 */
export function ChartJsonEditor({ cellSpec, stored, onEdit, keys }: Props) {
  const [text, setText] = useState(() => vegaLiteText(cellSpec));
  const [message, setMessage] = useState<string | null>(null);
  /** The stored value this editor produced last; any other value came from the builder or undo. */
  const ownValue = useRef<unknown>(stored);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const onEditRef = useRef(onEdit);
  onEditRef.current = onEdit;

  // biome-ignore lint/correctness/useExhaustiveDependencies: cellSpec is derived from stored
  useEffect(() => {
    if (stored !== ownValue.current) {
      ownValue.current = stored;
      setText(vegaLiteText(cellSpec));
      setMessage(null);
    }
  }, [stored]);

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const change = (next: string) => {
    setText(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const edit = readVegaLiteText(next);
      if (!edit.ok) {
        setMessage(edit.message);
        return;
      }
      setMessage(null);
      ownValue.current = edit.cellSpec.kind === "builder" ? edit.cellSpec.spec : edit.cellSpec.raw;
      onEditRef.current(edit.cellSpec);
    }, APPLY_DELAY_MS);
  };

  return (
    <div className="chart-json" data-testid="chart-json">
      <CodeEditor
        language="text"
        value={text}
        onChange={change}
        error={null}
        placeholderText={t("chart.json.placeholder")}
        {...keys}
      />
      {message && (
        <div className="chart-json-error" role="alert" data-testid="chart-json-error">
          {message}
        </div>
      )}
    </div>
  );
}
