import {
  DuckDBArrayValue,
  DuckDBDateValue,
  DuckDBDecimalValue,
  DuckDBListValue,
  DuckDBMapValue,
  DuckDBStructValue,
  DuckDBTimestampMillisecondsValue,
  DuckDBTimestampSecondsValue,
  DuckDBTimestampTZValue,
  DuckDBTimestampValue,
  type DuckDBType,
  DuckDBTypeId,
  type DuckDBValue,
} from "@duckdb/node-api";

/** A JS value in the shape the Arrow builder of `nestedArrowType(type)` accepts. */
export type NestedJs =
  | null
  | boolean
  | number
  | bigint
  | string
  | Date
  | NestedJs[]
  | { [k: string]: NestedJs };

const MS_PER_DAY = 86_400_000;

export function nestedValueToJs(value: DuckDBValue, type: DuckDBType): NestedJs {
  if (value === null || value === undefined) return null;
  switch (type.typeId) {
    case DuckDBTypeId.LIST:
    case DuckDBTypeId.ARRAY:
      if (value instanceof DuckDBListValue || value instanceof DuckDBArrayValue) {
        return value.items.map((v) => nestedValueToJs(v, type.valueType));
      }
      break;
    case DuckDBTypeId.STRUCT:
      if (value instanceof DuckDBStructValue) {
        const out: { [k: string]: NestedJs } = {};
        type.entryNames.forEach((name, i) => {
          out[name] = nestedValueToJs(value.entries[name] ?? null, type.entryTypes[i]!);
        });
        return out;
      }
      break;
    case DuckDBTypeId.MAP:
      if (value instanceof DuckDBMapValue) {
        return value.entries.map((e) => ({
          key: nestedValueToJs(e.key, type.keyType),
          value: nestedValueToJs(e.value, type.valueType),
        }));
      }
      break;
    case DuckDBTypeId.BOOLEAN:
      return Boolean(value);
    case DuckDBTypeId.DECIMAL:
      return value instanceof DuckDBDecimalValue ? value.toDouble() : Number(value);
    case DuckDBTypeId.TINYINT:
    case DuckDBTypeId.SMALLINT:
    case DuckDBTypeId.INTEGER:
    case DuckDBTypeId.UTINYINT:
    case DuckDBTypeId.USMALLINT:
    case DuckDBTypeId.UINTEGER:
    case DuckDBTypeId.FLOAT:
    case DuckDBTypeId.DOUBLE:
      return Number(value);
    case DuckDBTypeId.BIGINT:
      return typeof value === "bigint" ? value : BigInt(String(value));
    case DuckDBTypeId.DATE:
      if (value instanceof DuckDBDateValue) return new Date(value.days * MS_PER_DAY);
      break;
    case DuckDBTypeId.TIMESTAMP:
    case DuckDBTypeId.TIMESTAMP_TZ:
      if (value instanceof DuckDBTimestampValue || value instanceof DuckDBTimestampTZValue) {
        return new Date(Number(value.micros / 1000n));
      }
      break;
    case DuckDBTypeId.TIMESTAMP_S:
      if (value instanceof DuckDBTimestampSecondsValue) return new Date(Number(value.seconds) * 1000);
      break;
    case DuckDBTypeId.TIMESTAMP_MS:
      if (value instanceof DuckDBTimestampMillisecondsValue) return new Date(Number(value.millis));
      break;
  }
  return String(value);
}
