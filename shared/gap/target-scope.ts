/** unit_id of the Kyrgyz Republic as a whole; targets with this unit_scope are national targets. */
export const NATIONAL_UNIT_ID = "kg";

/**
 * A national target compared with an oblast's, city's or district's series: worth flagging,
 * because the nation's target value need not be the right yardstick for one of its parts.
 */
export function isNationalTargetOnSubnationalUnit(
  unitScope: string | null | undefined,
  unitId: string | null | undefined,
): boolean {
  return (
    unitScope === NATIONAL_UNIT_ID && unitId !== null && unitId !== undefined && unitId !== NATIONAL_UNIT_ID
  );
}
