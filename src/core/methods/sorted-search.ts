/**
 * Counts the entries of an ascending list that are strictly below `value`, by binary search.
 *
 * Cost: O(log n).
 *
 * @param sorted numbers in ascending order, without NaN
 * @param value the number to place
 * @returns 0 to sorted.length, which is also the index of the first entry at or above `value`
 * @example countBelow([10, 20, 20, 30], 20) // 1
 */
export function countBelow(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Counts the entries of an ascending list that are at or below `value`, by binary search.
 *
 * Cost: O(log n).
 *
 * @param sorted numbers in ascending order, without NaN
 * @param value the number to place
 * @returns 0 to sorted.length, which is also the index of the first entry above `value`
 * @example countAtOrBelow([10, 20, 20, 30], 20) // 3
 */
export function countAtOrBelow(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}
