import type { DuckDBConnection } from "@duckdb/node-api";
import { DOUBLE, INTEGER, VARCHAR } from "@duckdb/node-api";
import type { GapTargetInfo, UserTargetInput } from "../../../shared/protocol/methods-gap.ts";
import { EngineError } from "../engine-error.ts";
import { readRows } from "./db-row-values.ts";
import { readTargets } from "./gap-options.ts";
import { mainTableExists } from "./gap-tables.ts";
import { checkUserTarget, type TargetLookups } from "./user-target-validate.ts";

const STORED_COLUMNS = `target_id, programme, framework_id, indicator_id, unit_scope, baseline_value,
  baseline_year, target_value, target_year, direction, target_text, unit, note`;

/**
 * Makes the is_user rows of main.targets equal to workbench_meta.user_targets. Needed after the
 * bundled data were reloaded (which recreates main.targets) and after every change. A user
 * target whose id a newer bundle took is left out rather than replacing the bundled row.
 */
export async function syncUserTargets(conn: DuckDBConnection): Promise<void> {
  if (!(await mainTableExists(conn, "targets"))) return;
  const differs = await conn.runAndReadAll(`SELECT count(*) FROM (
      (SELECT ${STORED_COLUMNS} FROM workbench_meta.user_targets
       EXCEPT SELECT ${STORED_COLUMNS} FROM main.targets WHERE is_user)
      UNION ALL
      (SELECT ${STORED_COLUMNS} FROM main.targets WHERE is_user
       EXCEPT SELECT ${STORED_COLUMNS} FROM workbench_meta.user_targets))`);
  if (Number(differs.getRows()[0]?.[0]) === 0) return;
  await conn.run("DELETE FROM main.targets WHERE is_user");
  await conn.run(`INSERT INTO main.targets (${STORED_COLUMNS}, is_user, compiled_from)
    SELECT ${STORED_COLUMNS}, true, 'workbench_meta.user_targets' FROM workbench_meta.user_targets u
     WHERE NOT EXISTS (SELECT 1 FROM main.targets t WHERE t.target_id = u.target_id)`);
}

async function requireTargetsTable(conn: DuckDBConnection): Promise<void> {
  if (!(await mainTableExists(conn, "targets"))) {
    throw new EngineError(
      "not_found",
      "Table targets is missing: the bundled data are not loaded in this workspace.",
      undefined,
      "table targets",
    );
  }
}

async function idSet(conn: DuckDBConnection, table: string, column: string): Promise<Set<string>> {
  if (!(await mainTableExists(conn, table))) return new Set();
  const rows = await readRows(conn, `SELECT ${column} AS id FROM main.${table}`);
  return new Set(rows.map((r) => String(r.id)));
}

async function lookups(conn: DuckDBConnection): Promise<TargetLookups> {
  const [units, indicators, framework] = [
    await idSet(conn, "units", "unit_id"),
    await idSet(conn, "indicators", "indicator_id"),
    await idSet(conn, "framework", "framework_id"),
  ];
  return {
    unitExists: (id) => units.has(id),
    indicatorExists: (id) => indicators.has(id),
    frameworkExists: (id) => framework.has(id),
  };
}

/** "U01", "U02", ...: the next number after the highest U-number in use. */
async function nextUserTargetId(conn: DuckDBConnection): Promise<string> {
  const r = await conn.runAndReadAll(`SELECT coalesce(max(CAST(substr(target_id, 2) AS INTEGER)), 0)
    FROM main.targets WHERE regexp_full_match(target_id, 'U[0-9]{1,6}')`);
  return `U${String(Number(r.getRows()[0]?.[0]) + 1).padStart(2, "0")}`;
}

async function isBundledTarget(conn: DuckDBConnection, targetId: string): Promise<boolean> {
  const rows = await readRows(conn, "SELECT 1 FROM main.targets WHERE target_id = $id AND NOT is_user", {
    id: targetId,
  });
  return rows.length > 0;
}

function readOnly(targetId: string): EngineError {
  return new EngineError(
    "invalid_params",
    `Target ${targetId} is bundled with the workbench (datasets/osh/targets.csv) and read-only; add a target of your own instead.`,
    undefined,
    `table targets, target_id ${targetId}`,
  );
}

/** Stores a new or changed user target (validated) and returns it as the scorecard sees it. */
export async function upsertUserTarget(
  conn: DuckDBConnection,
  input: UserTargetInput,
): Promise<GapTargetInfo> {
  await requireTargetsTable(conn);
  await syncUserTargets(conn);
  if (input.targetId !== undefined && (await isBundledTarget(conn, input.targetId))) {
    throw readOnly(input.targetId);
  }
  const check = checkUserTarget(input, await lookups(conn));
  const label = input.targetId ?? "(new)";
  if (!check.ok) {
    throw new EngineError(
      "invalid_params",
      `User target ${label}: ${check.problems.join("; ")}.`,
      undefined,
      `table targets, target_id ${label}`,
    );
  }
  const t = check.target;
  const targetId = input.targetId ?? (await nextUserTargetId(conn));
  await conn.run(
    `INSERT OR REPLACE INTO workbench_meta.user_targets (${STORED_COLUMNS})
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      targetId,
      t.programme,
      t.frameworkId,
      t.indicatorId,
      t.unitScope,
      t.baselineValue,
      t.baselineYear,
      t.targetValue,
      t.targetYear,
      t.direction,
      t.targetText,
      t.unit,
      t.note,
    ],
    [
      VARCHAR,
      VARCHAR,
      VARCHAR,
      VARCHAR,
      VARCHAR,
      DOUBLE,
      INTEGER,
      DOUBLE,
      INTEGER,
      VARCHAR,
      VARCHAR,
      VARCHAR,
      VARCHAR,
    ],
  );
  await syncUserTargets(conn);
  const [stored] = await readTargets(conn, [targetId]);
  if (!stored)
    throw new EngineError("internal", `User target ${targetId} was stored but cannot be read back.`);
  return stored;
}

/** Deletes a user target and removes its id from the roadmap actions linked to it. */
export async function deleteUserTarget(
  conn: DuckDBConnection,
  targetId: string,
): Promise<{ deleted: boolean; unlinkedActions: number }> {
  await requireTargetsTable(conn);
  await syncUserTargets(conn);
  if (await isBundledTarget(conn, targetId)) throw readOnly(targetId);
  const existing = await readRows(conn, "SELECT 1 FROM workbench_meta.user_targets WHERE target_id = $id", {
    id: targetId,
  });
  if (existing.length === 0) return { deleted: false, unlinkedActions: 0 };
  const linked = await conn.runAndReadAll(
    "SELECT count(*) FROM workbench_meta.roadmap_actions WHERE list_contains(target_ids, $id)",
    { id: targetId },
  );
  await conn.run(
    `UPDATE workbench_meta.roadmap_actions SET target_ids = list_filter(target_ids, lambda x: x <> $id)
      WHERE list_contains(target_ids, $id)`,
    { id: targetId },
  );
  await conn.run("DELETE FROM workbench_meta.user_targets WHERE target_id = $id", { id: targetId });
  await syncUserTargets(conn);
  return { deleted: true, unlinkedActions: Number(linked.getRows()[0]?.[0]) };
}
