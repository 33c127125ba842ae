import { useCallback, useEffect, useState } from "react";
import type { Cell } from "../../../shared/notebook/notebook-schema.ts";
import { t } from "../i18n/t.ts";
import { MarkdownView } from "../markdown/MarkdownView.tsx";
import { useNotebook } from "../store/notebook-store.ts";
import { useUi } from "../store/ui-store.ts";
import { useWorkbench } from "../store/workbench-store.ts";
import { GapSlide } from "./GapSlide.tsx";
import { type SlideChart, slideChartSvg } from "./slide-chart-svg.ts";

const NEXT = new Set(["ArrowRight", "ArrowDown", "PageDown", "Space", "Enter", "KeyN"]);
const PREVIOUS = new Set(["ArrowLeft", "ArrowUp", "PageUp", "Backspace", "KeyP"]);

/** The slides: markdown, chart and gap cells, in order, except those hidden from slides. Code never shows. */
export function slideCells(cells: readonly Cell[]): Cell[] {
  return cells.filter(
    (c) =>
      !c.hideInSlides &&
      ((c.kind === "markdown" && c.source.trim() !== "") || c.kind === "chart" || c.kind === "gap"),
  );
}

function ChartSlide({ cell }: { cell: Extract<Cell, { kind: "chart" }> }) {
  const client = useWorkbench((s) => s.client);
  const [chart, setChart] = useState<SlideChart | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!client) return;
    setChart(null);
    slideChartSvg(client, cell.options.spec).then(setChart, (e: Error) => setError(e.message));
  }, [client, cell.options.spec]);
  if (error) return <p className="slide-error">{error}</p>;
  if (!chart) return <p className="slide-loading">{t("present.loading")}</p>;
  return (
    <figure className="slide-figure">
      <img
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(chart.svg)}`}
        alt={cell.name}
        data-testid="slide-chart"
      />
      {chart.synthetic && <figcaption className="slide-synthetic">{t("present.synthetic")}</figcaption>}
    </figure>
  );
}

/** Full screen, one cell per slide, projector colours; arrows, PageUp/PageDown, space or a clicker move, Esc leaves. */
export function PresentationMode() {
  const cells = useNotebook((s) => s.cells);
  const stop = useUi((s) => s.stopPresenting);
  const slides = slideCells(cells);
  const [index, setIndex] = useState(0);
  const go = useCallback(
    (delta: number) => setIndex((i) => Math.max(0, Math.min(slides.length - 1, i + delta))),
    [slides.length],
  );

  useEffect(() => {
    document.documentElement.requestFullscreen?.().catch(() => undefined);
    const onKey = (e: KeyboardEvent) => {
      if (e.code === "Escape") stop();
      else if (NEXT.has(e.code)) go(1);
      else if (PREVIOUS.has(e.code)) go(-1);
      else if (e.code === "Home") setIndex(0);
      else if (e.code === "End") setIndex(slides.length - 1);
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener("keydown", onKey);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [go, stop, slides.length]);

  const cell = slides[index];
  return (
    <div className="presentation" role="dialog" aria-label={t("present.title")} data-testid="presentation">
      <div className="slide" data-testid="slide">
        {!cell && <p className="slide-empty">{t("present.empty")}</p>}
        {cell?.kind === "markdown" && <MarkdownView source={cell.source} />}
        {cell?.kind === "chart" && <ChartSlide key={cell.id} cell={cell} />}
        {cell?.kind === "gap" && <GapSlide key={cell.id} cell={cell} />}
      </div>
      <div className="slide-footer">
        <span>{useNotebook.getState().title}</span>
        <span data-testid="slide-number">
          {t("present.number", { n: slides.length ? index + 1 : 0, total: slides.length })}
        </span>
      </div>
      <button type="button" className="slide-exit" onClick={stop} aria-label={t("present.exit")}>
        ✕
      </button>
    </div>
  );
}
