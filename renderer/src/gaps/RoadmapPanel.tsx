import { useState } from "react";
import type { MethodId } from "../../../shared/gap/gap-types.ts";
import { actionStatusLabels, laggingTargets, roadmapGanttSpec } from "../../../shared/gap/roadmap-gantt.ts";
import {
  ACTION_STATUSES,
  type ActionStatus,
  type GapTargetInfo,
  type RoadmapAction,
  type ScorecardRowWire,
} from "../../../shared/protocol/methods-gap.ts";
import { t } from "../i18n/t.ts";
import { useWorkbench } from "../store/workbench-store.ts";
import { ChartImage } from "./ChartImage.tsx";

interface ActionForm {
  actionId?: string;
  title: string;
  owner: string;
  start: string;
  end: string;
  targetIds: string[];
  status: ActionStatus;
}

const EMPTY_ACTION: ActionForm = {
  title: "",
  owner: "",
  start: "",
  end: "",
  targetIds: [],
  status: "planned",
};

/**
 * Roadmap actions (stored in the workspace, table workbench_meta.roadmap_actions): an editable
 * list and a Gantt chart with today's date, where actions linked to a lagging target stand out.
 */
export function RoadmapPanel({
  actions,
  targets,
  rows,
  method,
  onSaved,
}: {
  actions: readonly RoadmapAction[];
  targets: readonly GapTargetInfo[];
  rows: readonly ScorecardRowWire[];
  method: MethodId;
  onSaved: () => void;
}) {
  const client = useWorkbench((s) => s.client);
  const [form, setForm] = useState<ActionForm | null>(null);
  const [error, setError] = useState<string | null>(null);
  const lagging = laggingTargets(rows, method, t);
  const labels = actionStatusLabels(t);
  // The chart's "today" comes from here, so the spec itself stays a pure function of its inputs.
  const today = new Date().toISOString().slice(0, 10);
  const set = (patch: Partial<ActionForm>) => setForm((f) => (f ? { ...f, ...patch } : f));

  const call = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return false;
    }
  };
  const save = async () => {
    if (!client || !form) return;
    const { actionId, ...rest } = form;
    const ok = await call(() =>
      client.call("gap.actions.upsert", {
        action: { ...(actionId ? { actionId } : {}), ...rest, owner: rest.owner.trim() || null },
      }),
    );
    if (ok) {
      setForm(null);
      onSaved();
    }
  };
  const remove = async (actionId: string) => {
    if (client && (await call(() => client.call("gap.actions.delete", { actionId })))) onSaved();
  };

  return (
    <section className="gap-roadmap" data-testid="gap-roadmap" aria-label={t("gap.tab.roadmap")}>
      <p className="small">{t("gap.action.intro", { method: t(`gap.method.${method}`) })}</p>
      {error && (
        <p className="cell-error small" role="alert" data-testid="gap-action-error">
          {error}
        </p>
      )}
      {form ? (
        <div className="gap-form" data-testid="gap-action-form">
          <div className="gap-form-grid">
            <label className="gap-field gap-grow">
              <span>{t("gap.action.title")}</span>
              <input
                value={form.title}
                data-testid="gap-action-title"
                onChange={(e) => set({ title: e.target.value })}
              />
            </label>
            <label className="gap-field">
              <span>{t("gap.action.owner")}</span>
              <input
                value={form.owner}
                data-testid="gap-action-owner"
                onChange={(e) => set({ owner: e.target.value })}
              />
            </label>
            <label className="gap-field">
              <span>{t("gap.action.start")}</span>
              <input
                type="date"
                value={form.start}
                data-testid="gap-action-start"
                onChange={(e) => set({ start: e.target.value })}
              />
            </label>
            <label className="gap-field">
              <span>{t("gap.action.end")}</span>
              <input
                type="date"
                value={form.end}
                data-testid="gap-action-end"
                onChange={(e) => set({ end: e.target.value })}
              />
            </label>
            <label className="gap-field">
              <span>{t("gap.action.status")}</span>
              <select
                value={form.status}
                data-testid="gap-action-status"
                onChange={(e) => set({ status: e.target.value as ActionStatus })}
              >
                {ACTION_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {labels[s]}
                  </option>
                ))}
              </select>
            </label>
            <label className="gap-field gap-grow">
              <span>{t("gap.action.targets")}</span>
              <select
                multiple
                size={5}
                value={form.targetIds}
                data-testid="gap-action-targets"
                onChange={(e) => set({ targetIds: [...e.target.selectedOptions].map((o) => o.value) })}
              >
                {targets.map((x) => (
                  <option key={x.targetId} value={x.targetId}>
                    {x.targetId} {x.targetText ?? x.indicatorName ?? ""}
                    {lagging.has(x.targetId) ? ` — ${t("gap.action.laggingShort")}` : ""}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <div className="dialog-actions">
            <button
              type="button"
              className="btn primary"
              onClick={() => void save()}
              data-testid="gap-action-save"
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
          onClick={() => setForm({ ...EMPTY_ACTION })}
          data-testid="gap-action-add"
        >
          + {t("gap.action.add")}
        </button>
      )}
      {actions.length === 0 ? (
        <p className="muted small">{t("gap.action.none")}</p>
      ) : (
        <>
          <div className="gap-table-wrap">
            <table className="gap-table" data-testid="gap-actions">
              <thead>
                <tr>
                  <th>{t("gap.action.title")}</th>
                  <th>{t("gap.action.owner")}</th>
                  <th>{t("gap.action.start")}</th>
                  <th>{t("gap.action.end")}</th>
                  <th>{t("gap.action.targets")}</th>
                  <th>{t("gap.action.status")}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {actions.map((a) => {
                  const behind = a.targetIds.filter((id) => lagging.has(id));
                  return (
                    <tr
                      key={a.actionId}
                      className={behind.length > 0 ? "gap-row-lagging" : undefined}
                      data-action={a.actionId}
                    >
                      <td>
                        <strong>{a.actionId}</strong> {a.title}
                      </td>
                      <td>{a.owner ?? "–"}</td>
                      <td className="gap-num gap-date">{a.start}</td>
                      <td className="gap-num gap-date">{a.end}</td>
                      <td>
                        {a.targetIds.join(", ") || "–"}
                        {behind.map((id) => (
                          <div key={id} className="gap-lagging small">
                            ⚠ {t("gap.action.lagging", { target: id, status: lagging.get(id) ?? "" })}
                          </div>
                        ))}
                      </td>
                      <td>{labels[a.status]}</td>
                      <td>
                        <button
                          type="button"
                          className="btn ghost"
                          onClick={() => setForm({ ...a, owner: a.owner ?? "", targetIds: [...a.targetIds] })}
                        >
                          {t("gap.edit")}
                        </button>
                        <button type="button" className="btn ghost" onClick={() => void remove(a.actionId)}>
                          {t("gap.delete")}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <figure className="gap-figure">
            <ChartImage
              testId="gap-chart-gantt"
              alt={t("gap.action.ganttAlt", { count: actions.length })}
              spec={roadmapGanttSpec(actions, lagging, today, t)}
            />
          </figure>
        </>
      )}
    </section>
  );
}
