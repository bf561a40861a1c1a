/**
 * Creates a seeded pseudo-random generator (mulberry32), so every run scores the same data.
 *
 * @param seed any 32-bit integer
 * @returns a function that returns the next number in [0, 1)
 * @example const random = seededRandom(7); random() // 0.0642… on every run
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
