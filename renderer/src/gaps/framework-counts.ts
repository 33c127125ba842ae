import type { FrameworkNode, GapTargetInfo } from "../../../shared/protocol/methods-gap.ts";

/** Targets linked to each framework node or to one of its descendants (as the scorecard selects them). */
export function targetsPerFrameworkNode(
  framework: readonly FrameworkNode[],
  targets: readonly GapTargetInfo[],
): Map<string, number> {
  const parent = new Map(framework.map((f) => [f.frameworkId, f.parentId]));
  const counts = new Map<string, number>(framework.map((f) => [f.frameworkId, 0]));
  for (const target of targets) {
    const seen = new Set<string>();
    for (
      let id = target.frameworkId;
      id !== null && id !== undefined && !seen.has(id);
      id = parent.get(id) ?? null
    ) {
      seen.add(id);
      if (counts.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return counts;
}
