import { useEffect, useMemo, useState } from "react";
import {
  DEFAULT_GAP_CONFIG,
  type GapCellConfig,
  parseGapConfig,
} from "../../../shared/gap/gap-cell-config.ts";
import { t } from "../i18n/t.ts";
import type { CellBodyProps } from "../notebook/cell-bodies.ts";
import { useNotebook } from "../store/notebook-store.ts";
import { useWorkbench } from "../store/workbench-store.ts";
import { GapCharts } from "./GapCharts.tsx";
import { GapSettings } from "./GapSettings.tsx";
import { useGapData } from "./gap-data-store.ts";
import { isGapOutput } from "./gap-runner.ts";
import { MethodHelp } from "./MethodHelp.tsx";
import { RoadmapPanel } from "./RoadmapPanel.tsx";
import { ScenariosPanel } from "./ScenariosPanel.tsx";
import { ScorecardView } from "./ScorecardView.tsx";
import { TargetsEditor } from "./TargetsEditor.tsx";

const TABS = ["scorecard", "scenarios", "targets", "roadmap", "methods"] as const;
type Tab = (typeof TABS)[number];

/**
 * The gap analysis cell: settings (targets, units, method), then tabs for the scorecard with its
 * charts, what-if scenarios, the targets editor, the roadmap actions and the methods' help.
 */
export function GapCellBody({ cell, runtime }: CellBodyProps) {
  const client = useWorkbench((s) => s.client);
  const setCellOptions = useNotebook((s) => s.setCellOptions);
  const run = useNotebook((s) => s.run);
  const autoRun = useNotebook((s) => s.autoRun);
  const { options, actions, error, ensure, refreshOptions, refreshActions } = useGapData();
  const [tab, setTab] = useState<Tab>("scorecard");
  useEffect(() => {
    if (client) ensure(client);
  }, [client, ensure]);

  const raw = cell.kind === "gap" ? cell.options.config : null;
  const parsed = parseGapConfig(raw, cell.name);
  const output = isGapOutput(runtime.output) ? runtime.output : null;
  const targets = useMemo(() => new Map((options?.targets ?? []).map((x) => [x.targetId, x])), [options]);

  const rerun = () => {
    if (autoRun) void run({ mode: "cell", id: cell.id });
  };
  const update = (config: GapCellConfig) => {
    setCellOptions(cell.id, { config });
    rerun();
  };
  const afterStoreChange = () => {
    if (!client) return;
    void refreshOptions(client);
    void refreshActions(client);
    rerun();
  };

  if (!parsed.ok) {
    return (
      <div className="gap-cell">
        <p className="cell-error" data-testid="gap-config-error">
          {parsed.message}
        </p>
        <button type="button" className="btn" onClick={() => update(DEFAULT_GAP_CONFIG)}>
          {t("gap.resetConfig")}
        </button>
      </div>
    );
  }
  const config = parsed.config;
  const methodDoc = options?.methods.find((m) => m.id === (output?.scorecard.method ?? config.method));

  return (
    <div className="gap-cell" data-testid="gap-cell">
      {error && <p className="cell-error small">{error}</p>}
      {options ? (
        <GapSettings cellId={cell.id} config={config} options={options} onChange={update} />
      ) : (
        <p className="muted small">{t("gap.loading")}</p>
      )}
      <div className="gap-tabs" role="tablist">
        {TABS.map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            aria-selected={tab === k}
            className={`gap-tab${tab === k ? " active" : ""}`}
            data-testid={`gap-tab-${k}`}
            onClick={() => setTab(k)}
          >
            {t(`gap.tab.${k}`)}
          </button>
        ))}
      </div>
      <div className="gap-tab-body" role="tabpanel">
        {(tab === "scorecard" || tab === "scenarios") && !output && (
          <p className="muted">{runtime.status === "running" ? t("gap.running") : t("gap.notRun")}</p>
        )}
        {tab === "scorecard" && output && (
          <>
            <ScorecardView
              output={output}
              targets={targets}
              methodName={methodDoc?.name ?? output.scorecard.method}
            />
            <GapCharts
              output={output}
              focus={config.focus}
              onFocus={(focus) => update({ ...config, focus })}
            />
          </>
        )}
        {tab === "scenarios" && output && (
          <ScenariosPanel
            output={output}
            config={config}
            onChange={(scenarios) => update({ ...config, scenarios })}
          />
        )}
        {tab === "targets" && options && <TargetsEditor options={options} onSaved={afterStoreChange} />}
        {tab === "roadmap" && options && actions && (
          <RoadmapPanel
            actions={actions}
            targets={options.targets}
            rows={output?.scorecard.rows ?? []}
            method={output?.scorecard.method ?? config.method}
            onSaved={afterStoreChange}
          />
        )}
        {tab === "methods" && options && (
          <MethodHelp methods={options.methods} flags={options.flags} current={config.method} />
        )}
      </div>
    </div>
  );
}
