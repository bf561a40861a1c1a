/** Keys stay below this, so each is an exact integer and splits into two 32-bit halves. */
const MAX_KEY = 2 ** 52;

/** An empty slot's key; never a valid key, because keys are 0 or more. */
const EMPTY = -1;

/** The share of slots that may hold a key before the table doubles. */
const MAX_LOAD = 0.5;

/**
 * A map from whole numbers (0 to 2^52 − 1) to values, with the keys in a `Float64Array` and found by
 * linear probing.
 *
 * Why not a `Map`: the explanation cache looks up one key per account, up to 1,000,000 times in
 * a table of 190,000 keys. Keys above 2^31 are heap numbers in a `Map`, so each lookup there
 * allocates one and follows a pointer per probe to compare it. Here a probe reads one number from
 * one block of memory; in the core benchmark that made the lookups about twice as fast.
 */
export class IntegerMap<V> {
  private keys: Float64Array;
  private values: (V | undefined)[];
  private mask: number;
  private count = 0;

  /** @param capacity the number of keys expected; the table grows past it */
  constructor(capacity = 1024) {
    const slots = slotCountFor(capacity);
    this.keys = new Float64Array(slots).fill(EMPTY);
    this.values = new Array<V | undefined>(slots).fill(undefined);
    this.mask = slots - 1;
  }

  /** The number of keys in the map. */
  get size(): number {
    return this.count;
  }

  /** Returns the value of a key, or undefined when the map does not contain the key. */
  get(key: number): V | undefined {
    checkKey(key);
    for (let slot = hashOf(key) & this.mask; ; slot = (slot + 1) & this.mask) {
      const slotKey = this.keys[slot];
      if (slotKey === key) return this.values[slot];
      if (slotKey === EMPTY) return undefined;
    }
  }

  /** Sets the value of a key, adding the key when the map does not contain it. */
  set(key: number, value: V): void {
    checkKey(key);
    if (this.count + 1 > this.keys.length * MAX_LOAD) this.grow();
    for (let slot = hashOf(key) & this.mask; ; slot = (slot + 1) & this.mask) {
      const slotKey = this.keys[slot];
      if (slotKey === key || slotKey === EMPTY) {
        if (slotKey === EMPTY) this.count++;
        this.keys[slot] = key;
        this.values[slot] = value;
        return;
      }
    }
  }

  private grow(): void {
    const { keys, values } = this;
    const slots = keys.length * 2;
    this.keys = new Float64Array(slots).fill(EMPTY);
    this.values = new Array<V | undefined>(slots).fill(undefined);
    this.mask = slots - 1;
    this.count = 0;
    for (let slot = 0; slot < keys.length; slot++) {
      const key = keys[slot] as number;
      if (key !== EMPTY) this.set(key, values[slot] as V);
    }
  }
}

/** Returns the smallest power of two with room for `capacity` keys at the maximum load. */
function slotCountFor(capacity: number): number {
  let slots = 16;
  while (slots * MAX_LOAD < capacity) slots *= 2;
  return slots;
}

/**
 * Mixes both 32-bit halves of a key into a 32-bit hash, so keys that differ only in high bits
 * land in different slots.
 */
function hashOf(key: number): number {
  const low = key | 0;
  const high = (key / 4294967296) | 0;
  const mixed = Math.imul(low ^ Math.imul(high, 0x85ebca6b), 0x9e3779b1);
  return mixed ^ (mixed >>> 15);
}

function checkKey(key: number): void {
  if (!(Number.isInteger(key) && key >= 0 && key < MAX_KEY)) {
    throw new RangeError(`IntegerMap requires a whole number key from 0 to 2^52 − 1: got ${key}`);
  }
}
