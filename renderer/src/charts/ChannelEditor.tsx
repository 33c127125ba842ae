import { useState } from "react";
import {
  AGGREGATE_OPS,
  type AggregateOp,
  type ChartSpec,
  FIELD_TYPES,
  type FieldType,
  type SingleChannel,
  TIME_UNITS,
  type TimeUnit,
} from "../../../shared/charts/chart-spec.ts";
import type { ColumnInfo } from "../../../shared/protocol/methods.ts";
import { t } from "../i18n/t.ts";
import {
  COUNT_CHOICE,
  patchChannel,
  SORT_CHOICES,
  type SortChoice,
  setChannelField,
  sortChoiceOf,
  sortForChoice,
  sortPartner,
  stackable,
} from "./builder-edits.ts";
import { CommitInput } from "./CommitInput.tsx";

interface Props {
  channel: SingleChannel;
  spec: ChartSpec;
  columns: readonly ColumnInfo[];
  onSpec(next: ChartSpec): void;
}

const STACKS = ["default", "zero", "normalize", "center", "none"] as const;
type StackChoice = (typeof STACKS)[number];

function stackChoice(stack: "zero" | "normalize" | "center" | null | undefined): StackChoice {
  return stack === undefined ? "default" : stack === null ? "none" : stack;
}

/** Field options: the source's columns, "count of rows", and a field the spec names that the list lacks. */
export function FieldOptions({
  columns,
  current,
}: {
  columns: readonly ColumnInfo[];
  current: string | undefined;
}) {
  const missing =
    current !== undefined && current !== COUNT_CHOICE && !columns.some((c) => c.name === current);
  return (
    <>
      {missing && <option value={current}>{current}</option>}
      {columns.map((c) => (
        <option key={c.name} value={c.name}>
          {c.name} · {c.type.toLowerCase()}
        </option>
      ))}
    </>
  );
}

/** One encoding channel: its field, type and aggregate on one line, the rest behind "more". */
export function ChannelEditor({ channel, spec, columns, onSpec }: Props) {
  const def = spec.encoding[channel];
  const [open, setOpen] = useState(false);
  const choice = def === undefined ? "" : (def.field ?? COUNT_CHOICE);
  const label = t(`chart.channel.${channel}`);
  const patch = (p: Parameters<typeof patchChannel>[2]) => onSpec(patchChannel(spec, channel, p));
  const sort = def ? sortChoiceOf(channel, def.sort) : "default";
  const binned = def?.bin !== undefined && def.bin !== false;

  return (
    <div className="chart-channel" data-channel={channel}>
      <div className="chart-channel-main">
        <span className="chart-channel-name">{label}</span>
        <select
          value={choice}
          onChange={(e) => onSpec(setChannelField(spec, channel, e.target.value, columns))}
          data-testid={`chart-field-${channel}`}
          aria-label={t("chart.field.of", { channel: label })}
        >
          <option value="">{t("chart.field.none")}</option>
          <option value={COUNT_CHOICE}>{t("chart.field.count")}</option>
          <FieldOptions columns={columns} current={def?.field} />
        </select>
        {def && (
          <>
            <select
              value={def.type}
              onChange={(e) => patch({ type: e.target.value as FieldType })}
              data-testid={`chart-type-${channel}`}
              aria-label={t("chart.type.of", { channel: label })}
            >
              {FIELD_TYPES.map((ft) => (
                <option key={ft} value={ft}>
                  {t(`chart.type.${ft}`)}
                </option>
              ))}
            </select>
            <select
              value={def.aggregate ?? ""}
              onChange={(e) =>
                patch({ aggregate: e.target.value === "" ? undefined : (e.target.value as AggregateOp) })
              }
              disabled={def.field === undefined}
              data-testid={`chart-aggregate-${channel}`}
              aria-label={t("chart.aggregate.of", { channel: label })}
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
              className={`btn ghost chart-more${open ? " open" : ""}`}
              onClick={() => setOpen(!open)}
              aria-expanded={open}
              title={t("chart.more", { channel: label })}
              aria-label={t("chart.more", { channel: label })}
              data-testid={`chart-more-${channel}`}
            >
              ⋯
            </button>
          </>
        )}
      </div>
      {def && open && (
        <div className="chart-channel-more">
          {(channel === "x" || channel === "y") && def.field !== undefined && (
            <label className="chart-check">
              <input
                type="checkbox"
                checked={binned}
                onChange={(e) => patch({ bin: e.target.checked ? true : undefined })}
                data-testid={`chart-bin-${channel}`}
              />
              {t("chart.bin")}
            </label>
          )}
          {binned && (
            <CommitInput
              label={t("chart.bin.maxbins")}
              type="number"
              min={2}
              max={500}
              value={typeof def.bin === "object" ? String(def.bin.maxbins) : ""}
              placeholder="10"
              onCommit={(v) => {
                const n = Math.round(Number(v));
                patch({ bin: v.trim() === "" || !(n >= 2 && n <= 500) ? true : { maxbins: n } });
              }}
            />
          )}
          {def.field !== undefined && (
            <label>
              {t("chart.timeUnit")}
              <select
                value={def.timeUnit ?? ""}
                onChange={(e) =>
                  patch({ timeUnit: e.target.value === "" ? undefined : (e.target.value as TimeUnit) })
                }
                data-testid={`chart-timeunit-${channel}`}
              >
                <option value="">{t("chart.timeUnit.none")}</option>
                {TIME_UNITS.map((u) => (
                  <option key={u} value={u}>
                    {u}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label>
            {t("chart.sort")}
            <select
              value={sort ?? "custom"}
              onChange={(e) => patch({ sort: sortForChoice(channel, e.target.value as SortChoice) })}
              data-testid={`chart-sort-${channel}`}
            >
              {sort === null && (
                <option value="custom" disabled>
                  {t("chart.sort.custom")}
                </option>
              )}
              {SORT_CHOICES.map((c) => (
                <option key={c} value={c}>
                  {t(`chart.sort.${c}`, { other: t(`chart.channel.${sortPartner(channel)}`) })}
                </option>
              ))}
            </select>
          </label>
          {stackable(channel) && (
            <label>
              {t("chart.stack")}
              <select
                value={stackChoice(def.stack)}
                onChange={(e) => {
                  const v = e.target.value as StackChoice;
                  patch({ stack: v === "default" ? undefined : v === "none" ? null : v });
                }}
                data-testid={`chart-stack-${channel}`}
              >
                {STACKS.map((s) => (
                  <option key={s} value={s}>
                    {t(`chart.stack.${s}`)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <CommitInput
            label={t("chart.fieldTitle")}
            value={def.title ?? ""}
            placeholder={t("chart.auto")}
            onCommit={(v) => patch({ title: v === "" ? undefined : v })}
            data-testid={`chart-title-${channel}`}
          />
          <CommitInput
            label={t("chart.format")}
            value={def.format ?? ""}
            placeholder={def.type === "temporal" ? "%Y-%m" : ",.1f"}
            onCommit={(v) => patch({ format: v.trim() === "" ? undefined : v.trim() })}
          />
          {(channel === "x" || channel === "y") && (
            <CommitInput
              label={t("chart.labelAngle")}
              type="number"
              min={-90}
              max={90}
              value={def.labelAngle === undefined ? "" : String(def.labelAngle)}
              placeholder={t("chart.auto")}
              onCommit={(v) => {
                const n = Number(v);
                patch({
                  labelAngle:
                    v.trim() === "" || !Number.isFinite(n) ? undefined : Math.max(-90, Math.min(90, n)),
                });
              }}
            />
          )}
        </div>
      )}
    </div>
  );
}
