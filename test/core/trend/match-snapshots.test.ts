import { matchSnapshots } from "../../../src/core/trend/match-snapshots";

describe("matchSnapshots", () => {
  test("matches keys ignoring case and spaces", () => {
    const match = matchSnapshots(["Acme", "Beta", "Delta"], [" ACME", "Gamma", "delta "]);

    expect(match.matched).toEqual([
      { key: "acme", previous: 0, current: 0 },
      { key: "delta", previous: 2, current: 2 },
    ]);
    expect(match.unmatchedPrevious).toEqual(["Beta"]);
    expect(match.unmatchedCurrent).toEqual(["Gamma"]);
  });

  test("numbers match their text", () => {
    expect(matchSnapshots([1042, "7"], ["1042", 7]).matched).toEqual([
      { key: "1042", previous: 0, current: 0 },
      { key: "7", previous: 1, current: 1 },
    ]);
  });

  test("matched rows follow the current order", () => {
    const match = matchSnapshots(["a", "b", "c"], ["c", "a"]);
    expect(match.matched.map((account) => account.key)).toEqual(["c", "a"]);
    expect(match.unmatchedPrevious).toEqual(["b"]);
  });

  test("duplicates match their first row and are reported", () => {
    const match = matchSnapshots(["Acme", "acme ", "Beta"], ["ACME", "Beta", "beta", "BETA"]);

    expect(match.matched).toEqual([
      { key: "acme", previous: 0, current: 0 },
      { key: "beta", previous: 2, current: 1 },
    ]);
    expect(match.duplicatePrevious).toEqual(["acme"]);
    expect(match.duplicateCurrent).toEqual(["beta", "BETA"]);
    expect(match.unmatchedPrevious).toEqual([]);
    expect(match.unmatchedCurrent).toEqual([]);
  });

  test("blank and error keys are counted, not matched", () => {
    const match = matchSnapshots(["", null, "Acme"], [undefined, { error: "#N/A" }, "  ", "Acme"]);

    expect(match.matched).toEqual([{ key: "acme", previous: 2, current: 3 }]);
    expect(match.blankPrevious).toBe(2);
    expect(match.blankCurrent).toBe(3);
  });
});
