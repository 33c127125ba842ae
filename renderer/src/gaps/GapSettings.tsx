import type { GapCellConfig, TargetSelection } from "../../../shared/gap/gap-cell-config.ts";
import type { MethodId } from "../../../shared/gap/gap-types.ts";
import type { ResultOf } from "../../../shared/protocol/methods.ts";
import type { FrameworkNode, GapUnit } from "../../../shared/protocol/methods-gap.ts";
import { t } from "../i18n/t.ts";
import { targetsPerFrameworkNode } from "./framework-counts.ts";

type Options = ResultOf<"gap.options">;
const METHODS: readonly MethodId[] = ["eurostat", "escap", "german"];
const UNIT_GROUPS: readonly { key: "country" | "region" | "district" | "town"; types: readonly string[] }[] =
  [
    { key: "country", types: ["country"] },
    { key: "region", types: ["oblast", "city"] },
    { key: "district", types: ["district"] },
    { key: "town", types: ["town"] },
  ];

function toggle(list: readonly string[], id: string, on: boolean): string[] {
  return on ? [...new Set([...list, id])] : list.filter((x) => x !== id);
}

function defaultSelection(by: TargetSelection["by"], options: Options): TargetSelection {
  switch (by) {
    case "framework":
      return { by, frameworkIds: [options.framework.find((f) => f.kind === "task")?.frameworkId ?? "T1"] };
    case "programme":
      return { by, programme: options.targets.find((x) => x.programme)?.programme ?? "" };
    case "targets":
      return { by, targetIds: options.targets.slice(0, 1).map((x) => x.targetId) };
    default:
      return { by: "all" };
  }
}

function FrameworkPicker({
  nodes,
  selected,
  counts,
  onChange,
}: {
  nodes: readonly FrameworkNode[];
  selected: readonly string[];
  counts: ReadonlyMap<string, number>;
  onChange: (ids: string[]) => void;
}) {
  const goals = nodes.filter((n) => n.kind === "goal");
  const tasks = nodes.filter((n) => n.kind === "task");
  const children = (id: string) => nodes.filter((n) => n.parentId === id);
  const item = (n: FrameworkNode) => (
    <label key={n.frameworkId} className="gap-check" title={n.name ?? ""}>
      <input
        type="checkbox"
        checked={selected.includes(n.frameworkId)}
        onChange={(e) => onChange(toggle(selected, n.frameworkId, e.target.checked))}
      />
      <span>
        <strong>{n.frameworkId}</strong> {n.name}{" "}
        <span className="muted small">
          {t("gap.settings.targetCount", { count: counts.get(n.frameworkId) ?? 0 })}
        </span>
      </span>
    </label>
  );
  return (
    <div className="gap-framework-picker">
      <fieldset>
        <legend>{t("gap.settings.goals")}</legend>
        {goals.map(item)}
      </fieldset>
      <fieldset>
        <legend>{t("gap.settings.tasks")}</legend>
        {tasks.map((task) => (
          <div key={task.frameworkId}>
            {item(task)}
            <div className="gap-subtasks">{children(task.frameworkId).map(item)}</div>
          </div>
        ))}
      </fieldset>
    </div>
  );
}

function UnitPicker({
  units,
  selected,
  onChange,
}: {
  units: readonly GapUnit[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  return (
    <div className="gap-unit-picker">
      {UNIT_GROUPS.map((g) => {
        const members = units.filter((u) => g.types.includes(u.unitType ?? ""));
        if (members.length === 0) return null;
        const all = members.every((u) => selected.includes(u.unitId));
        return (
          <fieldset key={g.key}>
            <legend>
              {t(`gap.settings.units.${g.key}`)}{" "}
              {members.length > 1 && (
                <button
                  type="button"
                  className="btn link gap-all"
                  onClick={() =>
                    onChange(
                      all
                        ? selected.filter((id) => !members.some((u) => u.unitId === id))
                        : [...new Set([...selected, ...members.map((u) => u.unitId)])],
                    )
                  }
                >
                  {all ? t("gap.settings.none") : t("gap.settings.all")}
                </button>
              )}
            </legend>
            {members.map((u) => (
              <label key={u.unitId} className="gap-check">
                <input
                  type="checkbox"
                  data-unit={u.unitId}
                  checked={selected.includes(u.unitId)}
                  onChange={(e) => onChange(toggle(selected, u.unitId, e.target.checked))}
                />
                <span>{u.name ?? u.unitId}</span>
              </label>
            ))}
          </fieldset>
        );
      })}
    </div>
  );
}

/** What the gap cell scores: targets (by framework, programme or list), units, method, as-of year. */
export function GapSettings({
  cellId,
  config,
  options,
  onChange,
}: {
  cellId: string;
  config: GapCellConfig;
  options: Options;
  onChange: (config: GapCellConfig) => void;
}) {
  const sel = config.targets;
  const counts = targetsPerFrameworkNode(options.framework, options.targets);
  const programmes = [...new Set(options.targets.flatMap((x) => (x.programme ? [x.programme] : [])))].sort();
  const setSelection = (targets: TargetSelection) => onChange({ ...config, targets });
  return (
    <div className="gap-settings" data-testid="gap-settings">
      <div className="gap-settings-row">
        <label className="gap-field">
          <span>{t("gap.settings.targetsBy")}</span>
          <select
            value={sel.by}
            data-testid="gap-targets-by"
            onChange={(e) => setSelection(defaultSelection(e.target.value as TargetSelection["by"], options))}
          >
            <option value="all">{t("gap.settings.by.all", { count: options.targets.length })}</option>
            <option value="framework">{t("gap.settings.by.framework")}</option>
            <option value="programme">{t("gap.settings.by.programme")}</option>
            <option value="targets">{t("gap.settings.by.targets")}</option>
          </select>
        </label>
        {sel.by === "programme" && (
          <label className="gap-field gap-grow">
            <span>{t("gap.settings.programme")}</span>
            <select
              value={sel.programme}
              onChange={(e) => setSelection({ by: "programme", programme: e.target.value })}
            >
              {programmes.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </label>
        )}
        <fieldset className="gap-methods">
          <legend>{t("gap.settings.method")}</legend>
          {METHODS.map((m) => (
            <label key={m} className="gap-check" title={options.methods.find((d) => d.id === m)?.name}>
              <input
                type="radio"
                name={`gap-method-${cellId}`}
                value={m}
                data-testid={`gap-method-${m}`}
                checked={config.method === m}
                onChange={() => onChange({ ...config, method: m })}
              />
              <span>{t(`gap.method.${m}`)}</span>
            </label>
          ))}
        </fieldset>
        <label className="gap-field">
          <span>{t("gap.settings.asOf")}</span>
          <input
            type="number"
            min={1990}
            max={2100}
            step={1}
            className="gap-as-of"
            placeholder={t("gap.settings.asOfLatest")}
            value={config.asOfYear ?? ""}
            onChange={(e) => {
              const year = e.target.value === "" ? undefined : Number(e.target.value);
              const { asOfYear: _, ...rest } = config;
              if (year === undefined) onChange(rest);
              else if (Number.isInteger(year) && year >= 1990 && year <= 2100)
                onChange({ ...rest, asOfYear: year });
            }}
          />
        </label>
      </div>
      {sel.by === "framework" && (
        <details className="gap-units-details">
          <summary>{t("gap.settings.frameworkSummary", { ids: sel.frameworkIds.join(", ") })}</summary>
          <FrameworkPicker
            nodes={options.framework}
            selected={sel.frameworkIds}
            counts={counts}
            onChange={(ids) => ids.length > 0 && setSelection({ by: "framework", frameworkIds: ids })}
          />
        </details>
      )}
      {sel.by === "targets" && (
        <details className="gap-units-details" open>
          <summary>{t("gap.settings.targetsSummary", { ids: sel.targetIds.join(", ") })}</summary>
          <div className="gap-target-picker">
            {options.targets.map((x) => (
              <label key={x.targetId} className="gap-check">
                <input
                  type="checkbox"
                  checked={sel.targetIds.includes(x.targetId)}
                  onChange={(e) => {
                    const ids = toggle(sel.targetIds, x.targetId, e.target.checked);
                    if (ids.length > 0) setSelection({ by: "targets", targetIds: ids });
                  }}
                />
                <span>
                  <strong>{x.targetId}</strong> {x.targetText ?? x.indicatorName}
                  {x.isUser && <span className="gap-badge gap-badge-user">{t("gap.targets.userBadge")}</span>}
                  {x.indicatorId === null && (
                    <span className="muted small"> · {t("gap.settings.noIndicator")}</span>
                  )}
                </span>
              </label>
            ))}
          </div>
        </details>
      )}
      <details className="gap-units-details">
        <summary>
          {t("gap.settings.unitsSummary", {
            count: config.unitIds.length,
            names: config.unitIds
              .map((id) => options.units.find((u) => u.unitId === id)?.name ?? id)
              .join(", "),
          })}
        </summary>
        <UnitPicker
          units={options.units}
          selected={config.unitIds}
          onChange={(ids) => ids.length > 0 && onChange({ ...config, unitIds: ids })}
        />
      </details>
    </div>
  );
}
