import { useEffect, useRef, useState } from "react";
import { t } from "../i18n/t.ts";
import { useWorkbench } from "../store/workbench-store.ts";
import type { DrawnChart } from "./ChartView.tsx";
import { copyChartImage, exportChart } from "./chart-export.ts";
import { type ChartExportKind, chartFileName } from "./chart-file-names.ts";
import type { ChartOutput } from "./chart-output.ts";

interface Props {
  drawn: DrawnChart | null;
  output: ChartOutput | null;
  cellName: string;
  title: string | undefined;
}

const PNG_SCALES = [1, 2, 3] as const;

type Message = { ok: boolean; text: string } | null;

/** Export of one chart: SVG, PNG at 1x/2x/3x, PDF, Vega-Lite with its data, the data as CSV, and copy. */
export function ChartExportMenu({ drawn, output, cellName, title }: Props) {
  const client = useWorkbench((s) => s.client);
  const menu = useRef<HTMLDetailsElement>(null);
  const [message, setMessage] = useState<Message>(null);
  const ready = drawn !== null && output !== null && client !== null;

  // A <details> menu stays open until its summary is clicked again; a click elsewhere closes it too.
  useEffect(() => {
    const close = (e: MouseEvent) => {
      if (menu.current?.open && !menu.current.contains(e.target as Node)) menu.current.open = false;
    };
    document.addEventListener("mousedown", close);
    return () => document.removeEventListener("mousedown", close);
  }, []);

  const run = async (kind: ChartExportKind, scale = 1) => {
    if (menu.current) menu.current.open = false;
    if (!drawn || !output || !client) return;
    const fileName = chartFileName(cellName, kind, { synthetic: output.synthetic, scale });
    try {
      await exportChart(kind, { ...drawn, output, cellName, title, client }, scale);
      setMessage({ ok: true, text: t("chart.export.saved", { file: fileName }) });
    } catch (e) {
      setMessage({
        ok: false,
        text: t("chart.export.failed", {
          file: fileName,
          message: e instanceof Error ? e.message : String(e),
        }),
      });
    }
  };

  const copy = async () => {
    if (menu.current) menu.current.open = false;
    if (!drawn) return;
    try {
      await copyChartImage(drawn.view);
      setMessage({ ok: true, text: t("chart.export.copied") });
    } catch (e) {
      setMessage({
        ok: false,
        text: t("chart.export.copyFailed", { message: e instanceof Error ? e.message : String(e) }),
      });
    }
  };

  return (
    <div className="chart-export">
      <details ref={menu} className={ready ? "" : "disabled"}>
        <summary className="btn" data-testid="chart-export" aria-disabled={!ready}>
          ⤓ {t("chart.export")}
        </summary>
        {ready && (
          <div className="chart-export-menu" role="menu">
            <button
              type="button"
              role="menuitem"
              onClick={() => void run("svg")}
              data-testid="chart-export-svg"
            >
              {t("chart.export.svg")}
            </button>
            {PNG_SCALES.map((scale) => (
              <button
                key={scale}
                type="button"
                role="menuitem"
                onClick={() => void run("png", scale)}
                data-testid={`chart-export-png-${scale}`}
              >
                {t("chart.export.png", { scale })}
              </button>
            ))}
            <button
              type="button"
              role="menuitem"
              onClick={() => void run("pdf")}
              data-testid="chart-export-pdf"
            >
              {t("chart.export.pdf")}
            </button>
            <button
              type="button"
              role="menuitem"
              onClick={() => void run("vegaLite")}
              data-testid="chart-export-vl"
            >
              {t("chart.export.vegaLite")}
            </button>
            <button
              type="button"
              role="menuitem"
              onClick={() => void run("csv")}
              data-testid="chart-export-csv"
            >
              {t("chart.export.csv")}
            </button>
            <button type="button" role="menuitem" onClick={() => void copy()} data-testid="chart-copy-image">
              {t("chart.export.copy")}
            </button>
          </div>
        )}
      </details>
      {message && (
        <span
          className={`chart-export-message ${message.ok ? "ok-text" : "status-error"}`}
          role={message.ok ? "status" : "alert"}
          data-testid="chart-export-message"
        >
          {message.text}
        </span>
      )}
    </div>
  );
}
