import type { TopLevelSpec } from "vega-lite";
import type { ChartThemeName } from "../chart-spec.ts";

/** What every preset accepts around its data. Text is the caller's: presets invent no wording. */
export interface PresetFrame {
  title?: string;
  /** One line or several (e.g. the source and "SYNTHETIC DATA"). */
  subtitle?: string | string[];
  theme?: ChartThemeName;
}

/** Top-level title and theme properties for a preset's spec. */
export function frameProperties(frame: PresetFrame): Pick<TopLevelSpec, "title" | "usermeta"> {
  const out: Pick<TopLevelSpec, "title" | "usermeta"> = {};
  if (frame.title !== undefined) {
    out.title = frame.subtitle === undefined ? frame.title : { text: frame.title, subtitle: frame.subtitle };
  }
  if (frame.theme !== undefined) out.usermeta = { theme: frame.theme };
  return out;
}
