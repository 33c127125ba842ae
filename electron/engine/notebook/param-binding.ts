import type { DuckDBPreparedStatement } from "@duckdb/node-api";
import { EngineError } from "../engine-error.ts";

/** An input cell's value as SQL receives it. */
export type ParamValue = string | number | boolean | null;

const INT32_MAX = 2 ** 31 - 1;

/**
 * Binds each `$name` the statement asks for to the value of the input cell of that name.
 * Values only ever reach DuckDB as bound parameters, never as SQL text, so a quote or a
 * semicolon in a text input is just part of the value. Whole numbers bind as INTEGER (or
 * BIGINT), so `SELECT $year` gives an integer column like the year columns it is compared to.
 */
export function bindNamedParams(
  prepared: DuckDBPreparedStatement,
  params: Readonly<Record<string, ParamValue>>,
  cell: string,
): void {
  for (let i = 1; i <= prepared.parameterCount; i++) {
    const name = prepared.parameterName(i);
    if (/^\d+$/.test(name)) {
      throw new EngineError(
        "sql_error",
        `Cell ${cell} uses a positional parameter (? or $${name}); name the input instead, e.g. $year.`,
        undefined,
        `cell ${cell}`,
      );
    }
    const key = Object.hasOwn(params, name) ? name : name.toLowerCase();
    if (!Object.hasOwn(params, key)) {
      throw new EngineError(
        "sql_error",
        `Cell ${cell} uses $${name}, but no input cell named ${name.toLowerCase()} gave it a value.`,
        undefined,
        `cell ${cell}`,
      );
    }
    bindOne(prepared, i, params[key] ?? null);
  }
}

function bindOne(prepared: DuckDBPreparedStatement, index: number, value: ParamValue): void {
  if (value === null) prepared.bindNull(index);
  else if (typeof value === "boolean") prepared.bindBoolean(index, value);
  else if (typeof value === "string") prepared.bindVarchar(index, value);
  else if (Number.isSafeInteger(value)) {
    if (Math.abs(value) <= INT32_MAX) prepared.bindInteger(index, value);
    else prepared.bindBigInt(index, BigInt(value));
  } else prepared.bindDouble(index, value);
}
