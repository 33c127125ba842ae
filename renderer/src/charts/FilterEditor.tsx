import { useId, useState } from "react";
import type { ChartFilter, ChartSpec } from "../../../shared/charts/chart-spec.ts";
import type { ColumnInfo } from "../../../shared/protocol/methods.ts";
import { t } from "../i18n/t.ts";
import { useWorkbench } from "../store/workbench-store.ts";
import { FieldOptions } from "./ChannelEditor.tsx";
import { CommitInput } from "./CommitInput.tsx";
import { distinctValues } from "./distinct-values.ts";
import { FILTER_OPS, type FilterOp, filterFromText, filterText, setFilters } from "./filter-edits.ts";

interface Props {
  spec: ChartSpec;
  columns: readonly ColumnInfo[];
  onSpec(next: ChartSpec): void;
}

function FilterRow({
  filter,
  index,
  source,
  columns,
  onChange,
  onRemove,
}: {
  filter: ChartFilter;
  index: number;
  source: string;
  columns: readonly ColumnInfo[];
  onChange(next: ChartFilter): void;
  onRemove(): void;
}) {
  const client = useWorkbench((s) => s.client);
  const listId = useId();
  const [suggestions, setSuggestions] = useState<{ field: string; values: string[] } | null>(null);
  const typeOf = (field: string) => columns.find((c) => c.name === field)?.type ?? "VARCHAR";
  const text = filterText(filter);
  const loadSuggestions = () => {
    if (!client || suggestions?.field === filter.field) return;
    const field = filter.field;
    distinctValues(client, source, field).then(
      (values) => setSuggestions({ field, values }),
      () => setSuggestions({ field, values: [] }),
    );
  };
  return (
    <div className="chart-channel-main chart-filter" data-testid="chart-filter">
      <select
        value={filter.field}
        onChange={(e) => onChange(filterFromText(e.target.value, filter.op, "", typeOf(e.target.value)))}
        data-testid={`chart-filter-field-${index}`}
        aria-label={t("chart.filter.field")}
      >
        <FieldOptions columns={columns} current={filter.field} />
      </select>
      <select
        value={filter.op}
        onChange={(e) =>
          onChange(filterFromText(filter.field, e.target.value as FilterOp, text, typeOf(filter.field)))
        }
        data-testid={`chart-filter-op-${index}`}
        aria-label={t("chart.filter.op")}
      >
        {FILTER_OPS.map((op) => (
          <option key={op} value={op}>
            {t(`chart.filter.op.${op}`)}
          </option>
        ))}
      </select>
      {filter.op === "valid" ? (
        <select
          value={String(filter.value)}
          onChange={(e) =>
            onChange(filterFromText(filter.field, "valid", e.target.value, typeOf(filter.field)))
          }
          aria-label={t("chart.filter.value")}
        >
          <option value="true">{t("chart.filter.valid.true")}</option>
          <option value="false">{t("chart.filter.valid.false")}</option>
        </select>
      ) : (
        <>
          <CommitInput
            className="chart-filter-value"
            value={text}
            list={listId}
            placeholder={t(
              filter.op === "range"
                ? "chart.filter.hint.range"
                : filter.op === "oneOf"
                  ? "chart.filter.hint.oneOf"
                  : "chart.filter.hint.value",
            )}
            onFocus={loadSuggestions}
            onCommit={(v) => onChange(filterFromText(filter.field, filter.op, v, typeOf(filter.field)))}
            data-testid={`chart-filter-value-${index}`}
            aria-label={t("chart.filter.value")}
          />
          <datalist id={listId}>
            {suggestions?.field === filter.field &&
              suggestions.values.map((v) => <option key={v} value={v} />)}
          </datalist>
        </>
      )}
      <button
        type="button"
        className="btn ghost"
        onClick={onRemove}
        title={t("chart.filter.remove")}
        aria-label={t("chart.filter.remove")}
      >
        ✕
      </button>
    </div>
  );
}

/** Row filters: every one must hold (they become the WHERE of the chart's query). */
export function FilterEditor({ spec, columns, onSpec }: Props) {
  const filters = spec.filters ?? [];
  const first = columns[0];
  return (
    <div className="chart-filters">
      {filters.map((f, i) => (
        <FilterRow
          // biome-ignore lint/suspicious/noArrayIndexKey: filters have no identity besides their place
          key={i}
          index={i}
          filter={f}
          source={spec.source}
          columns={columns}
          onChange={(next) =>
            onSpec(
              setFilters(
                spec,
                filters.map((g, j) => (j === i ? next : g)),
              ),
            )
          }
          onRemove={() =>
            onSpec(
              setFilters(
                spec,
                filters.filter((_, j) => j !== i),
              ),
            )
          }
        />
      ))}
      <button
        type="button"
        className="btn ghost chart-add"
        disabled={first === undefined}
        onClick={() =>
          first && onSpec(setFilters(spec, [...filters, filterFromText(first.name, "equal", "", first.type)]))
        }
        data-testid="chart-filter-add"
      >
        {t("chart.filter.add")}
      </button>
    </div>
  );
}
