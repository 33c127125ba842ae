import { useState } from "react";
import { formatValue, NO_VALUE } from "../../../shared/gap/format-gap-values.ts";
import type { ResultOf } from "../../../shared/protocol/methods.ts";
import type { GapTargetInfo, UserTargetInput } from "../../../shared/protocol/methods-gap.ts";
import { t } from "../i18n/t.ts";
import { useWorkbench } from "../store/workbench-store.ts";

type Options = ResultOf<"gap.options">;

/** The form's fields as typed (text), turned into a UserTargetInput on save. */
interface TargetForm {
  targetId?: string;
  programme: string;
  frameworkId: string;
  indicatorId: string;
  unitScope: string;
  baselineValue: string;
  baselineYear: string;
  targetValue: string;
  targetYear: string;
  direction: string;
  targetText: string;
  unit: string;
  note: string;
}

const EMPTY_FORM: TargetForm = {
  programme: "",
  frameworkId: "",
  indicatorId: "",
  unitScope: "osh_city",
  baselineValue: "",
  baselineYear: "",
  targetValue: "",
  targetYear: "",
  direction: "higher",
  targetText: "",
  unit: "",
  note: "",
};

const text = (v: string | number | null) => (v === null ? "" : String(v));

function formOf(x: GapTargetInfo): TargetForm {
  return {
    targetId: x.targetId,
    programme: text(x.programme),
    frameworkId: text(x.frameworkId),
    indicatorId: text(x.indicatorId),
    unitScope: text(x.unitScope),
    baselineValue: text(x.baselineValue),
    baselineYear: text(x.baselineYear),
    targetValue: text(x.targetValue),
    targetYear: text(x.targetYear),
    direction: text(x.direction),
    targetText: text(x.targetText),
    unit: text(x.unit),
    note: text(x.note),
  };
}

/** Empty stays null; anything else goes as a number (NaN becomes null and the engine names the field). */
function numberOrNull(s: string): number | null {
  if (s.trim() === "") return null;
  const n = Number(s.replace(",", "."));
  return Number.isFinite(n) ? n : null;
}

function inputOf(f: TargetForm): UserTargetInput {
  const orNull = (s: string) => (s.trim() === "" ? null : s.trim());
  return {
    ...(f.targetId === undefined ? {} : { targetId: f.targetId }),
    programme: orNull(f.programme),
    frameworkId: orNull(f.frameworkId),
    indicatorId: orNull(f.indicatorId),
    unitScope: f.unitScope,
    baselineValue: numberOrNull(f.baselineValue),
    baselineYear: numberOrNull(f.baselineYear),
    targetValue: numberOrNull(f.targetValue),
    targetYear: numberOrNull(f.targetYear),
    direction: f.direction,
    targetText: orNull(f.targetText),
    unit: orNull(f.unit),
    note: orNull(f.note),
  };
}

/**
 * Targets: the bundled ones (read-only, with their source) and the user's own (for example the
 * Osh city roadmap's), which can be added, changed and deleted. Stored in the workspace.
 */
export function TargetsEditor({ options, onSaved }: { options: Options; onSaved: () => void }) {
  const client = useWorkbench((s) => s.client);
  const [form, setForm] = useState<TargetForm | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const unitName = (id: string | null) => options.units.find((u) => u.unitId === id)?.name ?? id ?? NO_VALUE;
  const set = (patch: Partial<TargetForm>) => setForm((f) => (f ? { ...f, ...patch } : f));

  const save = async () => {
    if (!client || !form) return;
    setBusy(true);
    setError(null);
    try {
      await client.call("gap.targets.upsert", { target: inputOf(form) });
      setForm(null);
      onSaved();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const remove = async (targetId: string) => {
    if (!client) return;
    setError(null);
    try {
      await client.call("gap.targets.delete", { targetId });
      onSaved();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const field = (
    key: keyof TargetForm,
    label: string,
    props: { type?: string; placeholder?: string } = {},
  ) => (
    <label className="gap-field">
      <span>{label}</span>
      <input
        value={form?.[key] ?? ""}
        data-testid={`gap-target-${key}`}
        onChange={(e) => set({ [key]: e.target.value })}
        {...props}
      />
    </label>
  );

  return (
    <section className="gap-targets" data-testid="gap-targets" aria-label={t("gap.tab.targets")}>
      <p className="small">{t("gap.targets.intro")}</p>
      {error && (
        <p className="cell-error small" data-testid="gap-target-error" role="alert">
          {error}
        </p>
      )}
      {form ? (
        <div className="gap-form" data-testid="gap-target-form">
          <h4>{form.targetId ? t("gap.targets.editing", { id: form.targetId }) : t("gap.targets.adding")}</h4>
          <div className="gap-form-grid">
            {field("targetText", t("gap.targets.field.text"), {
              placeholder: t("gap.targets.field.textHint"),
            })}
            {field("programme", t("gap.targets.field.programme"), {
              placeholder: t("gap.targets.field.programmeHint"),
            })}
            <label className="gap-field">
              <span>{t("gap.targets.field.unitScope")}</span>
              <select
                value={form.unitScope}
                data-testid="gap-target-unitScope"
                onChange={(e) => set({ unitScope: e.target.value })}
              >
                {options.units.map((u) => (
                  <option key={u.unitId} value={u.unitId}>
                    {u.name ?? u.unitId}
                  </option>
                ))}
              </select>
            </label>
            <label className="gap-field">
              <span>{t("gap.targets.field.indicator")}</span>
              <select
                value={form.indicatorId}
                data-testid="gap-target-indicatorId"
                onChange={(e) => {
                  const ind = options.indicators.find((i) => i.indicatorId === e.target.value);
                  set({
                    indicatorId: e.target.value,
                    ...(ind?.direction ? { direction: ind.direction } : {}),
                    ...(ind?.unit && !form.unit ? { unit: ind.unit } : {}),
                  });
                }}
              >
                <option value="">{t("gap.targets.field.noIndicator")}</option>
                {options.indicators.map((i) => (
                  <option key={i.indicatorId} value={i.indicatorId}>
                    {i.name ?? i.indicatorId}
                  </option>
                ))}
              </select>
            </label>
            <label className="gap-field">
              <span>{t("gap.targets.field.framework")}</span>
              <select value={form.frameworkId} onChange={(e) => set({ frameworkId: e.target.value })}>
                <option value="">{t("gap.targets.field.noFramework")}</option>
                {options.framework.map((f) => (
                  <option key={f.frameworkId} value={f.frameworkId}>
                    {f.frameworkId} {f.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="gap-field">
              <span>{t("gap.targets.field.direction")}</span>
              <select
                value={form.direction}
                data-testid="gap-target-direction"
                onChange={(e) => set({ direction: e.target.value })}
              >
                <option value="higher">{t("gap.direction.higher")}</option>
                <option value="lower">{t("gap.direction.lower")}</option>
              </select>
            </label>
            {field("baselineValue", t("gap.targets.field.baselineValue"), {
              placeholder: t("gap.targets.field.optional"),
            })}
            {field("baselineYear", t("gap.targets.field.baselineYear"), {
              placeholder: t("gap.targets.field.optional"),
            })}
            {field("targetValue", t("gap.targets.field.targetValue"))}
            {field("targetYear", t("gap.targets.field.targetYear"))}
            {field("unit", t("gap.targets.field.unit"))}
            {field("note", t("gap.targets.field.note"), { placeholder: t("gap.targets.field.noteHint") })}
          </div>
          <div className="dialog-actions">
            <button
              type="button"
              className="btn primary"
              onClick={() => void save()}
              disabled={busy}
              data-testid="gap-target-save"
            >
              {t("gap.save")}
            </button>
            <button type="button" className="btn" onClick={() => setForm(null)}>
              {t("gap.cancel")}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="btn"
          onClick={() => setForm({ ...EMPTY_FORM })}
          data-testid="gap-target-add"
        >
          + {t("gap.targets.add")}
        </button>
      )}
      <div className="gap-table-wrap">
        <table className="gap-table">
          <thead>
            <tr>
              <th>{t("gap.table.target")}</th>
              <th>{t("gap.targets.col.indicator")}</th>
              <th>{t("gap.targets.col.scope")}</th>
              <th className="num">{t("gap.targets.col.baseline")}</th>
              <th className="num">{t("gap.table.targetValue")}</th>
              <th>{t("gap.targets.col.origin")}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {options.targets.map((x) => (
              <tr key={x.targetId} data-testid="gap-target-row" data-target={x.targetId}>
                <td className="gap-target-cell">
                  <strong>{x.targetId}</strong> {x.targetText}
                  {x.programme && <div className="muted small gap-programme">{x.programme}</div>}
                </td>
                <td className="small">
                  {x.indicatorName ?? <span className="muted">{t("gap.settings.noIndicator")}</span>}
                </td>
                <td>{unitName(x.unitScope)}</td>
                <td className="num gap-num">
                  {x.baselineValue === null
                    ? NO_VALUE
                    : `${formatValue(x.baselineValue)} (${x.baselineYear})`}
                </td>
                <td className="num gap-num">
                  {formatValue(x.targetValue)}{" "}
                  {x.targetYear === null ? t("gap.table.noYearShort") : `(${x.targetYear})`}
                </td>
                <td>
                  {x.isUser ? (
                    <span className="gap-badge gap-badge-user">{t("gap.targets.userBadge")}</span>
                  ) : (
                    <span className="small muted" title={x.sourceId ?? ""}>
                      {t("gap.targets.bundled", { source: x.sourceId ?? NO_VALUE })}
                    </span>
                  )}
                </td>
                <td>
                  {x.isUser && (
                    <>
                      <button type="button" className="btn ghost" onClick={() => setForm(formOf(x))}>
                        {t("gap.edit")}
                      </button>
                      <button type="button" className="btn ghost" onClick={() => void remove(x.targetId)}>
                        {t("gap.delete")}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
