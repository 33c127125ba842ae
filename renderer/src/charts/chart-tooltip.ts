import type { TooltipHandler } from "vega";

/**
 * A small tooltip for Vega views (vega-tooltip is not bundled): a box that follows the pointer
 * and lists the hovered mark's fields. Text only (textContent), so a value from the data can
 * never become markup. One element per view, removed with it.
 */
export interface ChartTooltip {
  handler: TooltipHandler;
  remove(): void;
}

/** The lines a tooltip value shows: Vega-Lite gives an object of formatted fields, or a text. */
export function tooltipLines(value: unknown): { key: string | null; text: string }[] {
  if (value === null || value === undefined || value === "") return [];
  if (typeof value === "object" && !Array.isArray(value)) {
    return Object.entries(value as Record<string, unknown>).map(([key, v]) => ({
      key,
      text: v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v),
    }));
  }
  return [{ key: null, text: String(value) }];
}

const OFFSET = 14;

export function createChartTooltip(theme: "light" | "dark" | "projector"): ChartTooltip {
  const box = document.createElement("div");
  box.className = `chart-tooltip chart-tooltip-${theme}`;
  box.setAttribute("role", "tooltip");
  box.hidden = true;
  document.body.appendChild(box);

  const handler: TooltipHandler = (_handler, event, _item, value) => {
    const lines = tooltipLines(value);
    if (lines.length === 0) {
      box.hidden = true;
      return;
    }
    box.replaceChildren(
      ...lines.map(({ key, text }) => {
        const row = document.createElement("div");
        if (key !== null) {
          const k = document.createElement("span");
          k.className = "chart-tooltip-key";
          k.textContent = key;
          row.append(k, " ");
        }
        const v = document.createElement("span");
        v.className = "chart-tooltip-value";
        v.textContent = text;
        row.append(v);
        return row;
      }),
    );
    box.hidden = false;
    // Keep the box on screen: flip to the left / above the pointer near the window's edges.
    const { innerWidth, innerHeight } = window;
    const rect = box.getBoundingClientRect();
    const x =
      event.clientX + OFFSET + rect.width > innerWidth
        ? event.clientX - OFFSET - rect.width
        : event.clientX + OFFSET;
    const y =
      event.clientY + OFFSET + rect.height > innerHeight
        ? event.clientY - OFFSET - rect.height
        : event.clientY + OFFSET;
    box.style.left = `${Math.max(0, x)}px`;
    box.style.top = `${Math.max(0, y)}px`;
  };

  return { handler, remove: () => box.remove() };
}
