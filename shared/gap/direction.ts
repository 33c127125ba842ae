import type { Direction } from "./gap-types.ts";

/** +1 when higher is better, -1 when lower is better: multiplying a change by it makes "good" positive. */
export function directionSign(direction: Direction): 1 | -1 {
  return direction === "higher" ? 1 : -1;
}

/** Whether `value` meets `target` (reaches or passes it in the desired direction). */
export function meetsTarget(value: number, target: number, direction: Direction): boolean {
  return directionSign(direction) * (value - target) >= 0;
}

/** Reads a direction from table text ("higher"/"lower", any case and spacing); null otherwise. */
export function parseDirection(text: string | null | undefined): Direction | null {
  const t = text?.trim().toLowerCase();
  return t === "higher" || t === "lower" ? t : null;
}
