import { useEffect, useMemo, useReducer, useRef, useState } from "react";
import type { EngineClient } from "../../../shared/protocol/engine-client.ts";
import type { ColumnInfo } from "../../../shared/protocol/methods.ts";
import { t } from "../i18n/t.ts";
import { ColumnProfilePopover } from "./ColumnProfilePopover.tsx";
import { selectionAsTsv } from "./copy-selection.ts";
import { formatValue } from "./format-value.ts";
import { columnOffsets, columnSpan, HEADER_H, ROW_H, ROWNUM_W, rowSpan } from "./grid-geometry.ts";
import { inSelection, type Selection, selectionBounds } from "./grid-selection.ts";
import { PAGE_ROWS, RowWindowCache } from "./row-window-cache.ts";

const NUMERIC =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|DECIMAL)/;

interface Props {
  client: EngineClient;
  resultId: string | null;
  columns: ColumnInfo[];
  rowCount: number;
  firstWindow: Uint8Array;
}

interface View {
  resultId: string | null;
  firstWindow: Uint8Array;
  sort: { column: string; descending: boolean } | null;
}

function initialWidth(c: ColumnInfo): number {
  const base = NUMERIC.test(c.type) ? 110 : 170;
  return Math.min(360, Math.max(base, c.name.length * 9 + 40));
}

/**
 * A virtualised grid over a materialised result: only visible rows and columns are drawn,
 * rows arrive in windows from the engine, sorting and profiles are computed by DuckDB.
 */
export function ResultGrid({ client, resultId, columns, rowCount, firstWindow }: Props) {
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const [view, setView] = useState<View>({ resultId, firstWindow, sort: null });
  const cache = useMemo(
    () => new RowWindowCache(client, view.resultId, view.firstWindow, redraw),
    [client, view.resultId, view.firstWindow],
  );
  const [widths, setWidths] = useState(() => columns.map(initialWidth));
  const [scroll, setScroll] = useState({ top: 0, left: 0 });
  const [size, setSize] = useState({ width: 800, height: 360 });
  const [selection, setSelection] = useState<Selection | null>(null);
  const [profiled, setProfiled] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setSize({ width: el.clientWidth, height: el.clientHeight }));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const span = rowSpan(rowCount, scroll.top, Math.max(ROW_H, size.height - HEADER_H));
  const offsets = useMemo(() => columnOffsets(widths), [widths]);
  const totalW = offsets[offsets.length - 1]! + ROWNUM_W;
  const [firstCol, lastCol] = columnSpan(offsets, Math.max(0, scroll.left - ROWNUM_W), size.width);
  const bounds = selection ? selectionBounds(selection) : null;

  useEffect(() => {
    if (span.visibleRows > 0) cache.ensure(span.firstRow, span.firstRow + span.visibleRows - 1);
  });

  const sortBy = async (column: string) => {
    if (!resultId) return;
    const current = view.sort?.column === column ? view.sort : null;
    const next = !current
      ? { column, descending: false }
      : !current.descending
        ? { column, descending: true }
        : null;
    setNotice(t("grid.sorting"));
    try {
      const r = await client.call("result.sort", { resultId, by: next ? [next] : [] });
      setView({ resultId: r.resultId, firstWindow: r.window.arrow, sort: next });
      setNotice(null);
    } catch (e) {
      setNotice(e instanceof Error ? e.message : String(e));
    }
  };

  const copy = async () => {
    if (!bounds || !view.resultId) return;
    try {
      const tsv = await selectionAsTsv(
        client,
        view.resultId,
        bounds,
        columns.map((c) => c.name),
      );
      await navigator.clipboard.writeText(tsv);
      setNotice(t("grid.copied", { rows: bounds.bottom - bounds.top + 1 }));
    } catch (e) {
      setNotice(e instanceof Error ? e.message : String(e));
    }
  };

  const startResize = (col: number, startX: number) => {
    const startW = widths[col]!;
    const move = (ev: PointerEvent) =>
      setWidths((w) => w.map((x, i) => (i === col ? Math.max(48, startW + ev.clientX - startX) : x)));
    const up = () => {
      window.removeEventListener("pointermove", move);
      window.removeEventListener("pointerup", up);
    };
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", up);
  };

  if (columns.length === 0) return <div className="grid-empty">{t("grid.noColumns")}</div>;

  const cols = [];
  for (let i = firstCol; i <= lastCol; i++) cols.push({ c: columns[i]!, i });
  const rows = [];
  for (let r = 0; r < span.visibleRows; r++) {
    const rowIndex = span.firstRow + r;
    const table = cache.row(rowIndex);
    const inPage = rowIndex % PAGE_ROWS;
    rows.push(
      <div
        key={rowIndex}
        role="row"
        className="grid-row"
        data-row={rowIndex}
        style={{ top: HEADER_H + span.shift + r * ROW_H, width: totalW }}
      >
        <div className="grid-rownum" style={{ width: ROWNUM_W, left: scroll.left }}>
          {rowIndex + 1}
        </div>
        {cols.map(({ c, i }) => {
          const style = { left: ROWNUM_W + offsets[i]!, width: widths[i] };
          const selected = inSelection(bounds, rowIndex, i) ? " selected" : "";
          if (!table) {
            return (
              <div key={c.name + i} className="grid-cell loading" style={style}>
                {t("grid.loading")}
              </div>
            );
          }
          const shown = formatValue(table.getChildAt(i)?.get(inPage), table.schema.fields[i]!.type);
          return (
            <div
              key={c.name + i}
              role="gridcell"
              className={`grid-cell${shown.numeric ? " num" : ""}${shown.isNull ? " null" : ""}${selected}`}
              style={style}
              title={shown.text}
              onMouseDown={(e) => {
                const at = { row: rowIndex, col: i };
                setSelection((s) =>
                  e.shiftKey && s ? { anchor: s.anchor, focus: at } : { anchor: at, focus: at },
                );
                scrollRef.current?.focus();
              }}
              onMouseEnter={(e) => {
                if (e.buttons === 1)
                  setSelection((s) => (s ? { anchor: s.anchor, focus: { row: rowIndex, col: i } } : s));
              }}
            >
              {shown.isNull ? t("grid.null") : shown.text}
            </div>
          );
        })}
      </div>,
    );
  }

  return (
    <div
      className="grid"
      data-testid="grid"
      style={{ height: Math.min(420, HEADER_H + Math.max(rowCount, 1) * ROW_H + 16) }}
    >
      <div
        className="grid-scroll"
        ref={scrollRef}
        role="grid"
        aria-rowcount={rowCount}
        aria-colcount={columns.length}
        tabIndex={0}
        onScroll={(e) => setScroll({ top: e.currentTarget.scrollTop, left: e.currentTarget.scrollLeft })}
        onKeyDown={(e) => {
          if ((e.ctrlKey || e.metaKey) && e.code === "KeyC") {
            e.preventDefault();
            void copy();
          }
        }}
      >
        <div style={{ height: span.spacerHeight + HEADER_H, width: totalW, position: "relative" }}>
          <div className="grid-viewport" style={{ height: size.height, width: totalW }}>
            <div className="grid-header" style={{ width: totalW }}>
              <div className="grid-rownum header" style={{ width: ROWNUM_W, left: scroll.left }}>
                #
              </div>
              {cols.map(({ c, i }) => {
                const sorted = view.sort?.column === c.name ? (view.sort.descending ? " ▼" : " ▲") : "";
                return (
                  <div
                    key={c.name + i}
                    className={`grid-head${NUMERIC.test(c.type) ? " num" : ""}`}
                    style={{ left: ROWNUM_W + offsets[i]!, width: widths[i] }}
                    title={t("grid.headerHint", { column: c.name, type: c.type })}
                  >
                    <button
                      type="button"
                      className="grid-head-name"
                      onClick={() => void sortBy(c.name)}
                      data-testid="sort-column"
                    >
                      {c.name}
                      {sorted}
                    </button>
                    <span className="grid-head-type">{c.type}</span>
                    {view.resultId && (
                      <button
                        type="button"
                        className="profile-button"
                        onClick={() => setProfiled(profiled === c.name ? null : c.name)}
                        aria-label={t("grid.profile.open", { column: c.name })}
                        data-testid="profile-column"
                      >
                        Σ
                      </button>
                    )}
                    <span
                      className="grid-resize"
                      onPointerDown={(e) => {
                        e.preventDefault();
                        startResize(i, e.clientX);
                      }}
                    />
                  </div>
                );
              })}
            </div>
            {rows}
          </div>
        </div>
      </div>
      {profiled && view.resultId && (
        <ColumnProfilePopover
          client={client}
          resultId={view.resultId}
          column={profiled}
          onClose={() => setProfiled(null)}
        />
      )}
      {notice && (
        <div className="grid-notice" role="status">
          {notice}
        </div>
      )}
    </div>
  );
}
