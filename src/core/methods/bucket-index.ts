/**
 * An index over an ascending list of numbers that places a number mostly by arithmetic. The
 * range from the first to the last entry is cut into equal-width buckets, one per entry, and a
 * binary search runs only among the entries of the number's bucket.
 */
export interface BucketIndex {
  readonly sorted: Float64Array;
  /** The first entry, where bucket 0 starts. */
  readonly low: number;
  /** Buckets per unit of value; 0 when the range is empty or not finite, and then one bucket contains every entry. */
  readonly scale: number;
  /** `starts[b]` is the index of the first entry in bucket b or later; `starts[buckets]` is sorted.length. */
  readonly starts: Int32Array;
}

/**
 * Builds a `BucketIndex` over an ascending list, for placing many numbers in the same list.
 *
 * Method: bucket b contains the entries whose ⌊(entry − first) × scale⌋, clamped to the bucket
 * range, is b. That bucket function never decreases as the value grows, because subtraction,
 * multiplication by a positive scale and ⌊⌋ are all monotone under IEEE rounding. So each
 * bucket is one contiguous run of the list, and every entry before the run is below any
 * number that falls in the bucket.
 *
 * Cost: O(n) time and memory for n entries.
 *
 * @param sorted numbers in ascending order, without NaN
 * @returns the index; it keeps a reference to `sorted`, which must not change afterwards
 * @example countBelowIndexed(bucketIndex(Float64Array.of(10, 20, 20, 30)), 20) // 1
 */
export function bucketIndex(sorted: Float64Array): BucketIndex {
  const buckets = Math.max(1, sorted.length);
  const low = sorted[0] ?? 0;
  const high = sorted[sorted.length - 1] ?? 0;
  const perUnit = buckets / (high - low);
  const scale = Number.isFinite(perUnit) && perUnit > 0 ? perUnit : 0;
  const index: BucketIndex = { sorted, low, scale, starts: new Int32Array(buckets + 1) };

  let bucket = 0;
  for (let entry = 0; entry < sorted.length; entry++) {
    const last = bucketOf(index, sorted[entry] as number);
    while (bucket <= last) index.starts[bucket++] = entry;
  }
  while (bucket <= buckets) index.starts[bucket++] = sorted.length;
  return index;
}

/**
 * Counts the entries of an indexed list that are strictly below `value`, as `countBelow` does.
 *
 * Cost: O(1) for a number whose bucket contains a bounded number of entries, as with evenly spread
 * values; O(log n) at worst.
 *
 * @param index the index of an ascending list (see `bucketIndex`)
 * @param value the number to place, not NaN
 * @returns 0 to sorted.length, which is also the index of the first entry at or above `value`
 * @example countBelowIndexed(bucketIndex(Float64Array.of(10, 20, 20, 30)), 25) // 3
 */
export function countBelowIndexed(index: BucketIndex, value: number): number {
  const { sorted, starts } = index;
  const bucket = bucketOf(index, value);

  // The binary search of `countBelow`, kept to one bucket's run without a subarray per call.
  let low = starts[bucket] as number;
  let high = starts[bucket + 1] as number;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Returns the bucket of a value, clamped to the buckets that exist. */
function bucketOf(index: BucketIndex, value: number): number {
  const last = index.starts.length - 2;
  const position = Math.floor((value - index.low) * index.scale);
  // `!(position > 0)` also catches the NaN of ±Infinity × a scale of 0.
  if (!(position > 0)) return 0;
  return position < last ? position : last;
}
