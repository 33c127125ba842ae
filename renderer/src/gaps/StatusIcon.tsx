import type { GapStatus, MethodId } from "../../../shared/gap/gap-types.ts";
import { type StatusGlyph, statusLabel, statusLook, toneColors } from "../../../shared/gap/status-tones.ts";
import { t } from "../i18n/t.ts";

/** Shapes on a 16 x 16 grid, drawn in the current text colour. */
function glyphShape(glyph: StatusGlyph) {
  switch (glyph) {
    case "check":
      return <path d="M3 8.5l3.2 3.2L13 4.8" fill="none" strokeWidth="2.2" />;
    case "arrowUp":
      return <path d="M8 13.5V3M3.5 7.5L8 3l4.5 4.5" fill="none" strokeWidth="2" />;
    case "arrowUpRight":
      return <path d="M4 12L12 4M6 4h6v6" fill="none" strokeWidth="2" />;
    case "arrowRight":
      return <path d="M2.5 8h10.5M9 3.5L13.5 8 9 12.5" fill="none" strokeWidth="2" />;
    case "arrowDown":
      return <path d="M8 2.5V13M3.5 8.5L8 13l4.5-4.5" fill="none" strokeWidth="2" />;
    case "sun":
      return (
        <g fill="none" strokeWidth="1.6">
          <circle cx="8" cy="8" r="3" />
          <path d="M8 1v2M8 13v2M1 8h2M13 8h2M3 3l1.4 1.4M11.6 11.6L13 13M3 13l1.4-1.4M11.6 4.4L13 3" />
        </g>
      );
    case "sunCloud":
      return (
        <g fill="none" strokeWidth="1.5">
          <circle cx="6" cy="6" r="2.6" />
          <path d="M6 1v1.2M1 6h1.2M2.5 2.5l.9.9M9.5 2.5l-.9.9" />
          <path d="M6 14h6.5a2.5 2.5 0 0 0 0-5 3.2 3.2 0 0 0-6-.3A2.7 2.7 0 0 0 6 14z" />
        </g>
      );
    case "cloud":
      return (
        <path
          d="M4.5 13h8a3 3 0 0 0 0-6 4 4 0 0 0-7.6-.5A3.3 3.3 0 0 0 4.5 13z"
          fill="none"
          strokeWidth="1.6"
        />
      );
    case "storm":
      return (
        <g fill="none" strokeWidth="1.5">
          <path d="M4.5 10h8a2.8 2.8 0 0 0 0-5.6 3.8 3.8 0 0 0-7.3-.4A3 3 0 0 0 4.5 10z" />
          <path d="M8.5 10.5L6.8 13h2.4L7.5 15.5" />
        </g>
      );
    case "question":
      return (
        <g fill="none" strokeWidth="1.8">
          <path d="M5.5 5.8a2.5 2.5 0 1 1 3.6 2.2C8.3 8.4 8 9 8 10" />
          <circle cx="8" cy="13" r="0.6" fill="currentColor" />
        </g>
      );
    case "dash":
      return (
        <g fill="none" strokeWidth="1.8">
          <circle cx="8" cy="8" r="5.5" />
          <path d="M4.2 11.8l7.6-7.6" />
        </g>
      );
  }
}

export function GlyphIcon({ glyph, size = 16 }: { glyph: StatusGlyph; size?: number }) {
  return (
    <svg
      className="gap-icon"
      width={size}
      height={size}
      viewBox="0 0 16 16"
      stroke="currentColor"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      {glyphShape(glyph)}
    </svg>
  );
}

/** A status as icon, label and tone: the icon and words carry it, the colour only repeats it. */
export function StatusBadge({
  method,
  status,
  title,
}: {
  method: MethodId;
  status: GapStatus;
  title?: string;
}) {
  const look = statusLook(method, status);
  return (
    <span
      className={`gap-status gap-tone-${look.tone}`}
      style={toneColors(look.tone)}
      data-status={status}
      title={title}
    >
      <GlyphIcon glyph={look.glyph} />
      <span>{statusLabel(method, status, t)}</span>
    </span>
  );
}
