import { useEffect, useMemo, useReducer, useRef, useState } from "react";
import type { EngineClient } from "../../../shared/protocol/engine-client.ts";
import type { ColumnInfo } from "../../../shared/protocol/methods.ts";
import { t } from "../i18n/t.ts";
import { formatValue } from "./format-value.ts";
import { PAGE_ROWS, RowWindowCache } from "./row-window-cache.ts";

const ROW_H = 26;
const HEADER_H = 44;
const ROWNUM_W = 72;
/** Browsers cap element height (~33M px in Chromium); beyond this the scrollbar is scaled. */
const MAX_SPACER = 8_000_000;
const NUMERIC =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|DECIMAL)/;

interface Props {
  client: EngineClient;
  resultId: string | null;
  columns: ColumnInfo[];
  rowCount: number;
  firstWindow: Uint8Array;
}

function initialWidth(c: ColumnInfo): number {
  const base = NUMERIC.test(c.type) ? 110 : 170;
  return Math.min(360, Math.max(base, c.name.length * 9 + 24));
}

/** A virtualised grid over a materialised result: only visible rows and columns are drawn. */
export function ResultGrid({ client, resultId, columns, rowCount, firstWindow }: Props) {
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const cache = useMemo(
    () => new RowWindowCache(client, resultId, firstWindow, redraw),
    [client, resultId, firstWindow],
  );
  const [widths, setWidths] = useState(() => columns.map(initialWidth));
  const [scroll, setScroll] = useState({ top: 0, left: 0 });
  const [size, setSize] = useState({ width: 800, height: 360 });
  const scrollRef = useRef<HTMLDivElement>(null);

  useEffect(() => setWidths(columns.map(initialWidth)), [columns]);
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setSize({ width: el.clientWidth, height: el.clientHeight }));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const bodyH = Math.max(ROW_H, size.height - HEADER_H);
  const totalH = rowCount * ROW_H;
  const spacerH = Math.min(totalH, MAX_SPACER);
  const scrollable = Math.max(1, spacerH - bodyH);
  const exactTop = (Math.min(scroll.top, scrollable) / scrollable) * Math.max(0, totalH - bodyH);
  const firstRow = Math.floor(exactTop / ROW_H);
  const shift = -(exactTop - firstRow * ROW_H);
  const visibleRows = Math.min(rowCount - firstRow, Math.ceil(bodyH / ROW_H) + 1);

  const offsets = useMemo(() => {
    const o = [0];
    for (const w of widths) o.push(o[o.length - 1]! + w);
    return o;
  }, [widths]);
  const totalW = offsets[offsets.length - 1]! + ROWNUM_W;
  let firstCol = 0;
  while (firstCol < columns.length - 1 && offsets[firstCol + 1]! < scroll.left) firstCol++;
  let lastCol = firstCol;
  while (lastCol < columns.length - 1 && offsets[lastCol]! < scroll.left + size.width) lastCol++;

  useEffect(() => {
    if (visibleRows > 0) cache.ensure(firstRow, firstRow + visibleRows - 1);
  });

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

  const cols = columns.slice(firstCol, lastCol + 1).map((c, k) => ({ c, i: firstCol + k }));
  const rows = [];
  for (let r = 0; r < visibleRows; r++) {
    const rowIndex = firstRow + r;
    const table = cache.row(rowIndex);
    const inPage = rowIndex % PAGE_ROWS;
    rows.push(
      <div
        key={rowIndex}
        className="grid-row"
        data-row={rowIndex}
        style={{ top: HEADER_H + shift + r * ROW_H, width: totalW }}
      >
        <div className="grid-rownum" style={{ width: ROWNUM_W, left: scroll.left }}>
          {rowIndex + 1}
        </div>
        {cols.map(({ c, i }) => {
          if (!table) {
            return (
              <div
                key={c.name + i}
                className="grid-cell loading"
                style={{ left: ROWNUM_W + offsets[i]!, width: widths[i] }}
              >
                {t("grid.loading")}
              </div>
            );
          }
          const field = table.schema.fields[i]!;
          const shown = formatValue(table.getChildAt(i)?.get(inPage), field.type);
          return (
            <div
              key={c.name + i}
              className={`grid-cell${shown.numeric ? " num" : ""}${shown.isNull ? " null" : ""}`}
              style={{ left: ROWNUM_W + offsets[i]!, width: widths[i] }}
              title={shown.text}
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
        onScroll={(e) => setScroll({ top: e.currentTarget.scrollTop, left: e.currentTarget.scrollLeft })}
      >
        <div style={{ height: spacerH + HEADER_H, width: totalW, position: "relative" }}>
          <div className="grid-viewport" style={{ height: size.height, width: totalW }}>
            <div className="grid-header" style={{ width: totalW }}>
              <div className="grid-rownum header" style={{ width: ROWNUM_W, left: scroll.left }}>
                #
              </div>
              {cols.map(({ c, i }) => (
                <div
                  key={c.name + i}
                  className={`grid-head${NUMERIC.test(c.type) ? " num" : ""}`}
                  style={{ left: ROWNUM_W + offsets[i]!, width: widths[i] }}
                  title={`${c.name} : ${c.type}`}
                >
                  <span className="grid-head-name">{c.name}</span>
                  <span className="grid-head-type">{c.type}</span>
                  <span
                    className="grid-resize"
                    onPointerDown={(e) => {
                      e.preventDefault();
                      startResize(i, e.clientX);
                    }}
                  />
                </div>
              ))}
            </div>
            {rows}
          </div>
        </div>
      </div>
    </div>
  );
}
