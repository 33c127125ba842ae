import { registerCellBody } from "../notebook/cell-bodies.ts";
import { registerCellRunner } from "../store/cell-runners.ts";
import { ChartCellBody } from "./ChartCellBody.tsx";
import { runChartCell } from "./run-chart-cell.ts";

/** Chart cells: imported once, from main.tsx, before the app draws. */
registerCellRunner("chart", runChartCell);
registerCellBody("chart", ChartCellBody);
