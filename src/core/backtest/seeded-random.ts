/**
 * Makes a seeded pseudo-random generator of numbers in [0, 1), so that fold assignment and
 * synthetic test data are the same on every run and every machine.
 *
 * Method: Mulberry32 by Tommy Ettinger, a 32-bit generator with period 2³². It is fast and
 * good enough for shuffling, and not meant for cryptography.
 *
 * Cost: O(1) per number.
 *
 * @param seed any integer; only its low 32 bits are used
 * @returns a function that returns the next number on each call
 * @example seededRandom(1)() // 0.6270739405881613
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}
