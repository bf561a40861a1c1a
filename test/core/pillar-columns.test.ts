import fc from "fast-check";
import { emptyPillarColumns, pillarColumnsOf, pillarColumnsSize, pillarRowAt, pillarRowsOf, type PillarColumns } from "../../src/core/pillar-columns";
import type { PillarScores } from "../../src/core/vector";

const SEED = 20261204;

/** Two accounts. Each column mixes a missing score (NaN) with the ends of the 0–100 scale. */
const twoAccounts: PillarColumns = [Float64Array.of(Number.NaN, 0), Float64Array.of(100, Number.NaN), Float64Array.of(42.5, 0), Float64Array.of(Number.NaN, 100)];

/** Returns what `action` throws, so a test can check the error's type and message separately. */
function errorOf(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw, but it returned");
}

describe("pillarRowAt", () => {
  test("reads NaN as null", () => {
    expect(pillarRowAt(twoAccounts, 0)).toEqual([null, 100, 42.5, null]);
  });

  test("keeps 0 and 100 as numbers", () => {
    // 0 is falsy, so a `score || null` slip would turn it into null. Row 1 checks that it stays 0.
    expect(pillarRowAt(twoAccounts, 1)).toEqual([0, null, 0, 100]);
  });

  test("returns a new array per call", () => {
    const first = pillarRowAt(twoAccounts, 0);

    expect(pillarRowAt(twoAccounts, 0)).not.toBe(first);
  });

  test.each([-1, 2, 1.5, Number.NaN])("rejects row %p of two", (row) => {
    const error = errorOf(() => pillarRowAt(twoAccounts, row));

    expect(error).toBeInstanceOf(RangeError);
    expect((error as RangeError).message).toBe(`pillarRowAt requires a row from 0 to 1: got ${row}`);
  });
});

describe("pillarColumnsOf and pillarRowsOf", () => {
  test("store null as NaN", () => {
    const columns = pillarColumnsOf([
      [10, null, 30, 0],
      [null, 55.5, 100, null],
    ]);

    expect(Array.from(columns[0])).toEqual([10, Number.NaN]);
    expect(Array.from(columns[1])).toEqual([Number.NaN, 55.5]);
    expect(Array.from(columns[2])).toEqual([30, 100]);
    expect(Array.from(columns[3])).toEqual([0, Number.NaN]);
  });

  test("round trip gives back the rows", () => {
    const score = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null, freq: 3 });
    const rows = fc.array(fc.tuple(score, score, score, score), { maxLength: 40 });
    fc.assert(
      fc.property(rows, (generated: PillarScores[]) => {
        const columns = pillarColumnsOf(generated);

        expect(pillarColumnsSize(columns)).toBe(generated.length);
        expect(pillarRowsOf(columns)).toEqual(generated);
      }),
      { seed: SEED },
    );
  });

  test("no rows give empty columns", () => {
    const columns = pillarColumnsOf([]);

    expect(pillarColumnsSize(columns)).toBe(0);
    expect(pillarRowsOf(columns)).toEqual([]);
  });
});

describe("emptyPillarColumns", () => {
  test("puts all four columns in one buffer", () => {
    const columns = emptyPillarColumns(3);

    // 3 accounts × 4 pillars × 8 bytes = 96 bytes, column p from byte p × 24.
    expect(columns.map((column) => column.buffer)).toEqual([columns[0].buffer, columns[0].buffer, columns[0].buffer, columns[0].buffer]);
    expect(columns[0].buffer.byteLength).toBe(96);
    expect(columns.map((column) => column.byteOffset)).toEqual([0, 24, 48, 72]);
  });

  test("writes only its own bytes in a caller's buffer", () => {
    // 16 bytes before, 3 × 32 = 96 bytes of columns, 16 bytes after.
    const offset = 16;
    const buffer = new ArrayBuffer(offset + 96 + 16);
    const bytes = new Uint8Array(buffer);
    const marker = 0xab;
    bytes.fill(marker);

    const columns = emptyPillarColumns(3, buffer, offset);
    columns.forEach((column, pillar) => column.set([pillar * 10 + 1, pillar * 10 + 2, pillar * 10 + 3]));

    expect(columns.map((column) => column.byteOffset)).toEqual([16, 40, 64, 88]);
    // A column that overlapped the next one would have had its last entries overwritten.
    expect(pillarRowsOf(columns)).toEqual([
      [1, 11, 21, 31],
      [2, 12, 22, 32],
      [3, 13, 23, 33],
    ]);
    expect(Array.from(bytes.subarray(0, offset))).toEqual(new Array<number>(offset).fill(marker));
    expect(Array.from(bytes.subarray(offset + 96))).toEqual(new Array<number>(16).fill(marker));
  });

  test("rejects an offset that is not a multiple of 8", () => {
    // Float64Array itself requires an aligned start.
    expect(() => emptyPillarColumns(2, new ArrayBuffer(72), 4)).toThrow(RangeError);
  });
});

describe("pillarColumnsSize", () => {
  test("counts accounts, not entries", () => {
    expect(pillarColumnsSize(emptyPillarColumns(5))).toBe(5);
    expect(pillarColumnsSize(twoAccounts)).toBe(2);
    expect(pillarColumnsSize(emptyPillarColumns(0))).toBe(0);
  });
});
