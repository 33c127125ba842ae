import { type DuckDBType, DuckDBTypeId } from "@duckdb/node-api";
import * as arrow from "apache-arrow";

/**
 * How a DuckDB column becomes Arrow:
 * - "fixed": the vector's bytes are copied as they are (same layout in both);
 * - "decimal": DuckDB's 16/32/64/128-bit decimal widened to Arrow's 128-bit decimal;
 * - "bool": DuckDB's byte per value packed into Arrow's bitmap;
 * - "utf8" / "binary": read value by value (strings have no shared layout);
 * - "nested": lists, structs, maps built with Arrow builders from converted values.
 */
export type ColumnPlan =
  | { kind: "fixed"; type: arrow.DataType; byteWidth: number }
  | { kind: "decimal"; type: arrow.Decimal; sourceByteWidth: 2 | 4 | 8 | 16 }
  | { kind: "bool"; type: arrow.Bool }
  | { kind: "utf8"; type: arrow.Utf8 }
  | { kind: "binary"; type: arrow.Binary }
  | { kind: "nested"; type: arrow.DataType };

const fixed = (type: arrow.DataType, byteWidth: number): ColumnPlan => ({ kind: "fixed", type, byteWidth });

export function planColumn(type: DuckDBType): ColumnPlan {
  switch (type.typeId) {
    case DuckDBTypeId.TINYINT:
      return fixed(new arrow.Int8(), 1);
    case DuckDBTypeId.SMALLINT:
      return fixed(new arrow.Int16(), 2);
    case DuckDBTypeId.INTEGER:
      return fixed(new arrow.Int32(), 4);
    case DuckDBTypeId.BIGINT:
      return fixed(new arrow.Int64(), 8);
    case DuckDBTypeId.UTINYINT:
      return fixed(new arrow.Uint8(), 1);
    case DuckDBTypeId.USMALLINT:
      return fixed(new arrow.Uint16(), 2);
    case DuckDBTypeId.UINTEGER:
      return fixed(new arrow.Uint32(), 4);
    case DuckDBTypeId.UBIGINT:
      return fixed(new arrow.Uint64(), 8);
    case DuckDBTypeId.FLOAT:
      return fixed(new arrow.Float32(), 4);
    case DuckDBTypeId.DOUBLE:
      return fixed(new arrow.Float64(), 8);
    case DuckDBTypeId.DATE:
      return fixed(new arrow.DateDay(), 4);
    case DuckDBTypeId.TIMESTAMP:
      return fixed(new arrow.TimestampMicrosecond(), 8);
    case DuckDBTypeId.TIMESTAMP_TZ:
      return fixed(new arrow.TimestampMicrosecond("UTC"), 8);
    case DuckDBTypeId.TIMESTAMP_S:
      return fixed(new arrow.TimestampSecond(), 8);
    case DuckDBTypeId.TIMESTAMP_MS:
      return fixed(new arrow.TimestampMillisecond(), 8);
    case DuckDBTypeId.TIMESTAMP_NS:
      return fixed(new arrow.TimestampNanosecond(), 8);
    case DuckDBTypeId.TIME:
      return fixed(new arrow.TimeMicrosecond(), 8);
    case DuckDBTypeId.HUGEINT:
      return { kind: "decimal", type: new arrow.Decimal(0, 38, 128), sourceByteWidth: 16 };
    case DuckDBTypeId.DECIMAL: {
      const { width, scale } = type;
      const sourceByteWidth = width <= 4 ? 2 : width <= 9 ? 4 : width <= 18 ? 8 : 16;
      return { kind: "decimal", type: new arrow.Decimal(scale, width, 128), sourceByteWidth };
    }
    case DuckDBTypeId.BOOLEAN:
      return { kind: "bool", type: new arrow.Bool() };
    case DuckDBTypeId.BLOB:
      return { kind: "binary", type: new arrow.Binary() };
    case DuckDBTypeId.LIST:
    case DuckDBTypeId.ARRAY:
    case DuckDBTypeId.STRUCT:
    case DuckDBTypeId.MAP:
      return { kind: "nested", type: nestedArrowType(type) };
    default:
      // VARCHAR, UUID, ENUM, INTERVAL, TIME_TZ, BIT, UHUGEINT, BIGNUM, UNION...: shown as DuckDB prints them.
      return { kind: "utf8", type: new arrow.Utf8() };
  }
}

/** Arrow type for a value inside a nested column, matching what JSDuckDBValueConverter yields. */
function nestedArrowType(type: DuckDBType): arrow.DataType {
  switch (type.typeId) {
    case DuckDBTypeId.LIST:
    case DuckDBTypeId.ARRAY:
      return new arrow.List(new arrow.Field("item", nestedArrowType(type.valueType), true));
    case DuckDBTypeId.STRUCT:
      return new arrow.Struct(
        type.entryNames.map((name, i) => new arrow.Field(name, nestedArrowType(type.entryTypes[i]!), true)),
      );
    case DuckDBTypeId.MAP:
      return new arrow.List(
        new arrow.Field(
          "entry",
          new arrow.Struct([
            new arrow.Field("key", nestedArrowType(type.keyType), true),
            new arrow.Field("value", nestedArrowType(type.valueType), true),
          ]),
          true,
        ),
      );
    case DuckDBTypeId.BOOLEAN:
      return new arrow.Bool();
    case DuckDBTypeId.TINYINT:
    case DuckDBTypeId.SMALLINT:
    case DuckDBTypeId.INTEGER:
    case DuckDBTypeId.UTINYINT:
    case DuckDBTypeId.USMALLINT:
    case DuckDBTypeId.UINTEGER:
    case DuckDBTypeId.FLOAT:
    case DuckDBTypeId.DOUBLE:
    case DuckDBTypeId.DECIMAL:
      return new arrow.Float64();
    case DuckDBTypeId.BIGINT:
      return new arrow.Int64();
    case DuckDBTypeId.DATE:
      return new arrow.DateMillisecond();
    case DuckDBTypeId.TIMESTAMP:
    case DuckDBTypeId.TIMESTAMP_TZ:
    case DuckDBTypeId.TIMESTAMP_S:
    case DuckDBTypeId.TIMESTAMP_MS:
      return new arrow.TimestampMillisecond();
    default:
      return new arrow.Utf8();
  }
}
