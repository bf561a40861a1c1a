/**
 * Computes the change of the composite since the previous snapshot: the current composite
 * minus the last earlier composite that is not null.
 *
 * Cost: O(m) for m earlier snapshots.
 *
 * @param earlier the account's earlier composites, oldest first, null where it had none
 * @param current the current composite, or null
 * @returns the change in points (negative is a drop), or null when the current composite or
 *   every earlier one is null
 * @example changeSincePrevious([70, 62, null], 55) // -7: 55 − 62, skipping the null
 */
export function changeSincePrevious(earlier: readonly (number | null)[], current: number | null): number | null {
  if (current === null) return null;

  for (let index = earlier.length - 1; index >= 0; index--) {
    const previous = earlier[index];
    if (previous !== null && previous !== undefined) return current - previous;
  }
  return null;
}
