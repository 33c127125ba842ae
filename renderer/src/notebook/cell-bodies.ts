import type { ComponentType } from "react";
import type { Cell, CellKind } from "../../../shared/notebook/notebook-schema.ts";
import type { CellRuntime } from "../store/cell-types.ts";

export interface CellBodyProps {
  cell: Cell;
  runtime: CellRuntime;
  stale: boolean;
  selected: boolean;
}

/** Bodies of the cell kinds that bring their own editor (chart, gap); each registers itself. */
const bodies = new Map<CellKind, ComponentType<CellBodyProps>>();

export function registerCellBody(kind: CellKind, body: ComponentType<CellBodyProps>): void {
  bodies.set(kind, body);
}

export function cellBody(kind: CellKind): ComponentType<CellBodyProps> | undefined {
  return bodies.get(kind);
}
