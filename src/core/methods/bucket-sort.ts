/** Buffers for `sortPresentValuesInto`, allocated once and reused across the columns of a table. */
export interface SortBuffers {
  /** The present values of one population, gathered before sorting. */
  readonly present: Float64Array;
  /** The output of the bucket sort. */
  readonly sorted: Float64Array;
  /** One count per bucket and one more, for the bucket sort. */
  readonly counts: Int32Array;
}

/** Below this many values `bucketSortInto` uses the engine's sort, whose fixed cost is lower. */
const MIN_BUCKET_SORT = 256;

/** Buckets up to this size are sorted by insertion. Larger ones go to the engine's sort unless already in order. */
const MAX_INSERTION_SORT = 16;

/**
 * Allocates the buffers to sort populations of up to `capacity` values.
 *
 * @param capacity the size of the largest population, 0 or more
 */
export function sortBuffers(capacity: number): SortBuffers {
  return sortBuffersIn(new ArrayBuffer(sortBuffersBytes(capacity)), 0, capacity);
}

/** Returns the bytes `sortBuffersIn` needs for a capacity, a multiple of 8. */
export function sortBuffersBytes(capacity: number): number {
  return capacity * 16 + Math.ceil(((capacity + 1) * 4) / 8) * 8;
}

/**
 * Lays out the buffers to sort populations of up to `capacity` values in part of a buffer the
 * caller allocated, from `byteOffset` (a multiple of 8) for `sortBuffersBytes(capacity)` bytes.
 */
export function sortBuffersIn(buffer: ArrayBuffer, byteOffset: number, capacity: number): SortBuffers {
  return {
    present: new Float64Array(buffer, byteOffset, capacity),
    sorted: new Float64Array(buffer, byteOffset + capacity * 8, capacity),
    counts: new Int32Array(buffer, byteOffset + capacity * 16, capacity + 1),
  };
}

/**
 * Sorts numbers in ascending order, with the result equal to `Float64Array.prototype.sort`'s.
 *
 * Method: a bucket sort. The range from the minimum to the maximum is cut into one
 * equal-width bucket per value, the values are counted and scattered into their buckets, and
 * each bucket is then sorted on its own. The bucket ⌊(value − minimum) × scale⌋ never decreases as
 * the value grows, because each step is monotone under IEEE rounding, so the buckets come out
 * in order. When the distinct values lie further apart than the range ÷ n, as whole-number counts
 * do in a large column, each bucket contains equal entries only, which need no sorting. Lists with −0 or an infinite value, and
 * short lists, go to the engine's sort, so −0 stays before +0 as that sort puts it.
 *
 * Cost: O(n) for values spread evenly or with few distinct values. O(n log n) at worst, when
 * most values fall in one bucket.
 *
 * @param values numbers without NaN, not stored in `buffers.sorted` or `buffers.counts`
 * @param buffers buffers of at least values.length entries (`sortBuffers`)
 * @returns the sorted numbers: either `values` sorted in place or a view of `buffers.sorted`,
 *   valid until the buffers are next used
 * @example bucketSortInto(Float64Array.of(3, 1, 2), sortBuffers(3)) // Float64Array [1, 2, 3]
 */
export function bucketSortInto(values: Float64Array, buffers: SortBuffers): Float64Array {
  const n = values.length;
  if (n < MIN_BUCKET_SORT || buffers.sorted.length < n || buffers.counts.length < n + 1) return values.sort();

  const range = valueRange(values);
  if (range === null) return values.sort();
  const { minimum, maximum } = range;
  if (minimum === maximum) return values;

  const scale = n / (maximum - minimum);
  const last = n - 1;
  const counts = buffers.counts;
  counts.fill(0, 0, n + 1);
  // The three passes below are hot loops written for speed: each runs once per value.
  for (let index = 0; index < n; index++) {
    const bucket = Math.floor(((values[index] as number) - minimum) * scale);
    const slot = (bucket < last ? bucket : last) + 1;
    counts[slot] = (counts[slot] as number) + 1;
  }
  for (let bucket = 1; bucket <= n; bucket++) counts[bucket] = (counts[bucket] as number) + (counts[bucket - 1] as number);

  const sorted = buffers.sorted.subarray(0, n);
  for (let index = 0; index < n; index++) {
    const value = values[index] as number;
    const bucket = Math.floor((value - minimum) * scale);
    const clamped = bucket < last ? bucket : last;
    const position = counts[clamped] as number;
    sorted[position] = value;
    counts[clamped] = position + 1;
  }

  // After the scatter, counts[b] is the end of bucket b, and so the start of bucket b + 1.
  let start = 0;
  for (let bucket = 0; bucket < n; bucket++) {
    const end = counts[bucket] as number;
    if (end - start > 1) sortBucket(sorted, start, end);
    start = end;
  }
  return sorted;
}

/** Returns the minimum and maximum of a list, or null when it contains −0 or an infinite value. */
function valueRange(values: Float64Array): { readonly minimum: number; readonly maximum: number } | null {
  let minimum = Number.POSITIVE_INFINITY;
  let maximum = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < values.length; index++) {
    const value = values[index] as number;
    if (value < minimum) minimum = value;
    if (value > maximum) maximum = value;
    if (value === 0 && Object.is(value, -0)) return null;
  }
  return Number.isFinite(minimum) && Number.isFinite(maximum) ? { minimum, maximum } : null;
}

/** Sorts the entries from `start` to `end` − 1 in place. They contain no −0, so `<` orders them as the engine's sort does. */
function sortBucket(sorted: Float64Array, start: number, end: number): void {
  if (end - start <= MAX_INSERTION_SORT) {
    for (let index = start + 1; index < end; index++) {
      const value = sorted[index] as number;
      let position = index;
      while (position > start && (sorted[position - 1] as number) > value) {
        sorted[position] = sorted[position - 1] as number;
        position--;
      }
      sorted[position] = value;
    }
    return;
  }

  for (let index = start + 1; index < end; index++) {
    if ((sorted[index - 1] as number) > (sorted[index] as number)) {
      sorted.subarray(start, end).sort();
      return;
    }
  }
}
