import { escapIndexTexts } from "../../../shared/gap/scorecard-text.ts";
import type { ScorecardRowWire } from "../../../shared/protocol/methods-gap.ts";
import { t } from "../i18n/t.ts";

/** ESCAP's two indices under the status (see escapIndexTexts); nothing for other methods. */
export function EscapIndices({ row }: { row: ScorecardRowWire }) {
  const lines = escapIndexTexts(row, t);
  if (lines.length === 0) return null;
  return (
    <div className="small gap-escap-indices" data-testid="gap-escap-indices" title={t("gap.escap.hint")}>
      {lines.map((line) => (
        <div key={line}>{line}</div>
      ))}
    </div>
  );
}
