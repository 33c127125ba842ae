import { registerCellBody } from "../notebook/cell-bodies.ts";
import { registerCellRunner } from "../store/cell-runners.ts";
import { GapCellBody } from "./GapCellBody.tsx";
import { runGapCell } from "./gap-runner.ts";

/** Gap analysis cells: imported once from main.tsx. */
registerCellRunner("gap", runGapCell);
registerCellBody("gap", GapCellBody);
