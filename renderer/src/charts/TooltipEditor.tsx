import {
  AGGREGATE_OPS,
  type AggregateOp,
  type ChartFieldDef,
  type ChartSpec,
} from "../../../shared/charts/chart-spec.ts";
import type { ColumnInfo } from "../../../shared/protocol/methods.ts";
import { t } from "../i18n/t.ts";
import { COUNT_CHOICE, fieldTypeForColumn, patchFieldDef, setTooltips } from "./builder-edits.ts";
import { FieldOptions } from "./ChannelEditor.tsx";

interface Props {
  spec: ChartSpec;
  columns: readonly ColumnInfo[];
  onSpec(next: ChartSpec): void;
}

function defFor(choice: string, columns: readonly ColumnInfo[]): ChartFieldDef {
  if (choice === COUNT_CHOICE) return { type: "quantitative", aggregate: "count" };
  const column = columns.find((c) => c.name === choice);
  return { field: choice, type: column ? fieldTypeForColumn(column) : "nominal" };
}

/**
 * Extra fields in the tooltip. Without any, the tooltip shows the fields of the other channels;
 * with some, exactly these (as in Vega-Lite).
 */
export function TooltipEditor({ spec, columns, onSpec }: Props) {
  const list = spec.encoding.tooltip ?? [];
  const replace = (i: number, def: ChartFieldDef | null) =>
    onSpec(
      setTooltips(
        spec,
        def === null ? list.filter((_, j) => j !== i) : list.map((d, j) => (j === i ? def : d)),
      ),
    );
  return (
    <div className="chart-tooltips">
      {list.map((def, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: tooltip fields have no identity besides their place
        <div className="chart-channel-main" key={i}>
          <span className="chart-channel-name">{i === 0 ? t("chart.channel.tooltip") : ""}</span>
          <select
            value={def.field ?? COUNT_CHOICE}
            onChange={(e) => replace(i, defFor(e.target.value, columns))}
            aria-label={t("chart.field.of", { channel: t("chart.channel.tooltip") })}
          >
            <option value={COUNT_CHOICE}>{t("chart.field.count")}</option>
            <FieldOptions columns={columns} current={def.field} />
          </select>
          <select
            value={def.aggregate ?? ""}
            disabled={def.field === undefined}
            onChange={(e) =>
              replace(
                i,
                patchFieldDef(def, {
                  aggregate: e.target.value === "" ? undefined : (e.target.value as AggregateOp),
                }),
              )
            }
            aria-label={t("chart.aggregate.of", { channel: t("chart.channel.tooltip") })}
          >
            <option value="">{t("chart.aggregate.none")}</option>
            {AGGREGATE_OPS.map((op) => (
              <option key={op} value={op}>
                {t(`chart.aggregate.${op}`)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="btn ghost"
            onClick={() => replace(i, null)}
            title={t("chart.tooltip.remove")}
            aria-label={t("chart.tooltip.remove")}
          >
            ✕
          </button>
        </div>
      ))}
      <button
        type="button"
        className="btn ghost chart-add"
        onClick={() =>
          onSpec(setTooltips(spec, [...list, defFor(columns[0]?.name ?? COUNT_CHOICE, columns)]))
        }
        data-testid="chart-tooltip-add"
      >
        {t("chart.tooltip.add")}
      </button>
    </div>
  );
}
