import fc from "fast-check";
import { IntegerMap } from "../../src/core/integer-map";

const SEED = 20261204;

/** 2^32: adding a multiple of it changes only the high 32 bits of a key. */
const TWO_TO_32 = 2 ** 32;

/** The largest key the map accepts, 2^52 − 1. */
const MAX_VALID_KEY = 2 ** 52 - 1;

describe("IntegerMap basics", () => {
  test("missing key gives undefined", () => {
    const map = new IntegerMap<string>();
    expect(map.get(7)).toBeUndefined();

    map.set(8, "eight");
    expect(map.get(7)).toBeUndefined();
    expect(map.size).toBe(1);
  });

  test("set then get returns the value", () => {
    const map = new IntegerMap<string>();
    map.set(42, "answer");
    map.set(43, "next");

    expect(map.get(42)).toBe("answer");
    expect(map.get(43)).toBe("next");
    expect(map.size).toBe(2);
  });

  test("overwrite keeps the size", () => {
    const map = new IntegerMap<string>();
    map.set(5, "first");
    map.set(5, "second");

    expect(map.get(5)).toBe("second");
    expect(map.size).toBe(1);
  });

  test("key 0 is a valid key", () => {
    // An empty slot contains -1, so 0 must not be mistaken for one.
    const map = new IntegerMap<string>();
    expect(map.get(0)).toBeUndefined();

    map.set(0, "zero");
    expect(map.get(0)).toBe("zero");
    expect(map.size).toBe(1);
  });

  test("negative zero is key 0, as in Map", () => {
    // Map compares keys with SameValueZero, so -0 and 0 are one key there too.
    const map = new IntegerMap<string>();
    map.set(-0, "negative zero");

    expect(map.get(0)).toBe("negative zero");
    map.set(0, "zero");
    expect(map.get(-0)).toBe("zero");
    expect(map.size).toBe(1);
  });
});

describe("IntegerMap growth", () => {
  test("10,000 keys past the default capacity", () => {
    // The default capacity of 1,024 keys starts with 2,048 slots, so 10,000 keys double the table 4 times.
    const map = new IntegerMap<number>();
    for (let key = 0; key < 10_000; key++) map.set(key * 7, key);

    expect(map.size).toBe(10_000);
    for (let key = 0; key < 10_000; key++) expect(map.get(key * 7)).toBe(key);
    // The keys are 0, 7, …, 69,993, so 1 and the next multiple of 7, 70,000, were never set.
    expect(map.get(1)).toBeUndefined();
    expect(map.get(70_000)).toBeUndefined();
  });

  test("capacity 1 grows from 16 slots", () => {
    // 16 slots take 8 keys at half load, so 100 keys double the table 4 times, to 256 slots.
    const map = new IntegerMap<number>(1);
    for (let key = 0; key < 100; key++) map.set(key, key * 10);

    expect(map.size).toBe(100);
    for (let key = 0; key < 100; key++) expect(map.get(key)).toBe(key * 10);
  });

  test("overwrites during growth keep the size", () => {
    const map = new IntegerMap<string>(1);
    for (let key = 0; key < 50; key++) map.set(key, "first");
    for (let key = 0; key < 50; key++) map.set(key, "second");

    expect(map.size).toBe(50);
    for (let key = 0; key < 50; key++) expect(map.get(key)).toBe("second");
  });
});

describe("IntegerMap large keys", () => {
  test("keys differing only in high bits", () => {
    // Every key has low 32 bits 12,345, so a hash of the low half alone would put all in one slot.
    const keys = Array.from({ length: 1000 }, (_, high) => high * TWO_TO_32 + 12_345);
    const map = new IntegerMap<number>(1);
    keys.forEach((key, index) => map.set(key, index));

    expect(map.size).toBe(1000);
    keys.forEach((key, index) => expect(map.get(key)).toBe(index));
    expect(map.get(12_346)).toBeUndefined();
    expect(map.get(1000 * TWO_TO_32 + 12_345)).toBeUndefined();
  });

  test("keys near 2^52 differing only in high bits", () => {
    // 2^52 − 1 has all 52 bits set, and subtracting up to 255 × 2^32 clears only high bits.
    const keys = Array.from({ length: 256 }, (_, step) => MAX_VALID_KEY - step * TWO_TO_32);
    const map = new IntegerMap<number>();
    keys.forEach((key, index) => map.set(key, index));

    expect(map.size).toBe(256);
    keys.forEach((key, index) => expect(map.get(key)).toBe(index));
  });

  test("keys near 2^52 differing only in low bits", () => {
    const keys = Array.from({ length: 1000 }, (_, step) => MAX_VALID_KEY - step);
    const map = new IntegerMap<number>(1);
    keys.forEach((key, index) => map.set(key, index));

    expect(map.size).toBe(1000);
    keys.forEach((key, index) => expect(map.get(key)).toBe(index));
    expect(map.get(MAX_VALID_KEY - 1000)).toBeUndefined();
  });

  test("keys above 2^31 differing only in low bits", () => {
    // 2^31 is the smallest key that does not fit a signed 32-bit integer.
    const keys = Array.from({ length: 1000 }, (_, step) => 2 ** 31 + step);
    const map = new IntegerMap<number>(1);
    keys.forEach((key, index) => map.set(key, index));

    expect(map.size).toBe(1000);
    keys.forEach((key, index) => expect(map.get(key)).toBe(index));
    expect(map.get(2 ** 31 - 1)).toBeUndefined();
  });

  test("key with the same low bits as a small key", () => {
    // 2^32 + 9 and 9 share their low 32 bits but are different keys.
    const map = new IntegerMap<string>();
    map.set(9, "small");
    map.set(TWO_TO_32 + 9, "large");

    expect(map.get(9)).toBe("small");
    expect(map.get(TWO_TO_32 + 9)).toBe("large");
    expect(map.size).toBe(2);
  });
});

describe("IntegerMap key checks", () => {
  const invalidKeys: readonly [description: string, key: number][] = [
    ["minus one", -1],
    ["a fraction", 1.5],
    ["NaN", NaN],
    ["2^52", 2 ** 52],
  ];

  test.each(invalidKeys)("get rejects %s", (_description, key) => {
    const map = new IntegerMap<string>();

    expect(() => map.get(key)).toThrow(RangeError);
    expect(() => map.get(key)).toThrow(`got ${String(key)}`);
  });

  test.each(invalidKeys)("set rejects %s", (_description, key) => {
    const map = new IntegerMap<string>();

    expect(() => map.set(key, "value")).toThrow(RangeError);
    expect(() => map.set(key, "value")).toThrow(`got ${String(key)}`);
    expect(map.size).toBe(0);
  });

  test("error message for 2^52", () => {
    const map = new IntegerMap<string>();

    expect(() => map.set(2 ** 52, "value")).toThrow(new RangeError("IntegerMap requires a whole number key from 0 to 2^52 − 1: got 4503599627370496"));
  });

  test("largest valid key is 2^52 − 1", () => {
    const map = new IntegerMap<string>();
    map.set(MAX_VALID_KEY, "largest");

    expect(map.get(MAX_VALID_KEY)).toBe("largest");
  });
});

/** One step of a random sequence: set a key to a value, or get a key. */
type Operation = { readonly kind: "set"; readonly key: number; readonly value: number } | { readonly kind: "get"; readonly key: number };

// Few distinct keys, so sequences overwrite and read back keys they set.
const smallPoolKey = fc.integer({ min: 0, max: 15 });
const fullRangeKey = fc.bigInt({ min: 0n, max: BigInt(MAX_VALID_KEY) }).map(Number);
// Keys that share one of a few low halves and differ in the high 20 bits.
const sharedLowBitsKey = fc.tuple(fc.integer({ min: 0, max: 2 ** 20 - 1 }), fc.constantFrom(0, 1, 12_345)).map(([high, low]) => high * TWO_TO_32 + low);
const key = fc.oneof(smallPoolKey, fullRangeKey, sharedLowBitsKey);

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constant("set" as const), key, value: fc.integer() }),
  fc.record({ kind: fc.constant("get" as const), key }),
);

describe("IntegerMap properties", () => {
  test("behaves like Map over random operations", () => {
    fc.assert(
      // Size "max" draws up to 400 operations, so even a table of capacity 64 grows past it.
      fc.property(fc.integer({ min: 1, max: 64 }), fc.array(operation, { maxLength: 400, size: "max" }), (capacity, operations) => {
        const map = new IntegerMap<number>(capacity);
        const reference = new Map<number, number>();

        for (const step of operations) {
          if (step.kind === "set") {
            map.set(step.key, step.value);
            reference.set(step.key, step.value);
          } else {
            expect(map.get(step.key)).toBe(reference.get(step.key));
          }
          expect(map.size).toBe(reference.size);
        }
        for (const [held, value] of reference) expect(map.get(held)).toBe(value);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
