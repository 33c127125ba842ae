import type { DuckDBConnection } from "@duckdb/node-api";
import { LIST, listValue, VARCHAR } from "@duckdb/node-api";
import type {
  ActionStatus,
  RoadmapAction,
  RoadmapActionInput,
} from "../../../shared/protocol/methods-gap.ts";
import { EngineError } from "../engine-error.ts";
import { readRows, textOf } from "./db-row-values.ts";
import { mainTableExists } from "./gap-tables.ts";
import { checkAction } from "./roadmap-action-validate.ts";

const SELECT_ACTIONS = `SELECT action_id, title, owner, strftime(start_date, '%Y-%m-%d') AS start_date,
  strftime(end_date, '%Y-%m-%d') AS end_date, target_ids, status FROM workbench_meta.roadmap_actions`;

function toAction(r: Record<string, unknown>): RoadmapAction {
  return {
    actionId: String(r.action_id),
    title: String(r.title),
    owner: textOf(r, "owner"),
    start: String(r.start_date),
    end: String(r.end_date),
    targetIds: Array.isArray(r.target_ids) ? r.target_ids.map(String) : [],
    status: String(r.status) as ActionStatus,
  };
}

/** Roadmap actions by start date, then id. */
export async function listActions(conn: DuckDBConnection): Promise<RoadmapAction[]> {
  return (await readRows(conn, `${SELECT_ACTIONS} ORDER BY start_date, action_id`)).map(toAction);
}

async function targetIds(conn: DuckDBConnection): Promise<Set<string>> {
  if (!(await mainTableExists(conn, "targets"))) return new Set();
  return new Set(
    (await readRows(conn, "SELECT target_id FROM main.targets")).map((r) => String(r.target_id)),
  );
}

/** "A01", "A02", ...: the next number after the highest A-number in use. */
async function nextActionId(conn: DuckDBConnection): Promise<string> {
  const r = await conn.runAndReadAll(`SELECT coalesce(max(CAST(substr(action_id, 2) AS INTEGER)), 0)
    FROM workbench_meta.roadmap_actions WHERE regexp_full_match(action_id, 'A[0-9]{1,6}')`);
  return `A${String(Number(r.getRows()[0]?.[0]) + 1).padStart(2, "0")}`;
}

/** Stores a new or changed action (validated); linked targets must exist in table targets. */
export async function upsertAction(
  conn: DuckDBConnection,
  input: RoadmapActionInput,
): Promise<RoadmapAction> {
  const known = await targetIds(conn);
  const check = checkAction(input, (id) => known.has(id));
  const label = input.actionId ?? "(new)";
  if (!check.ok) {
    throw new EngineError(
      "invalid_params",
      `Roadmap action ${label}: ${check.problems.join("; ")}.`,
      undefined,
      `table workbench_meta.roadmap_actions, action_id ${label}`,
    );
  }
  const a = check.action;
  const actionId = input.actionId ?? (await nextActionId(conn));
  await conn.run(
    `INSERT OR REPLACE INTO workbench_meta.roadmap_actions
       (action_id, title, owner, start_date, end_date, target_ids, status)
     VALUES ($1, $2, $3, CAST($4 AS DATE), CAST($5 AS DATE), $6, $7)`,
    [actionId, a.title, a.owner, a.start, a.end, listValue([...a.targetIds]), a.status],
    [VARCHAR, VARCHAR, VARCHAR, VARCHAR, VARCHAR, LIST(VARCHAR), VARCHAR],
  );
  const [stored] = (await readRows(conn, `${SELECT_ACTIONS} WHERE action_id = $id`, { id: actionId })).map(
    toAction,
  );
  if (!stored)
    throw new EngineError("internal", `Roadmap action ${actionId} was stored but cannot be read back.`);
  return stored;
}

export async function deleteAction(conn: DuckDBConnection, actionId: string): Promise<boolean> {
  const existing = await readRows(
    conn,
    "SELECT 1 FROM workbench_meta.roadmap_actions WHERE action_id = $id",
    {
      id: actionId,
    },
  );
  if (existing.length === 0) return false;
  await conn.run("DELETE FROM workbench_meta.roadmap_actions WHERE action_id = $id", { id: actionId });
  return true;
}
