import { churnByBand } from "../../../src/core/backtest/band-churn";
import { liftOf } from "../../../src/core/backtest/lift";
import type { Outcome } from "../../../src/core/backtest/outcome";
import type { BandKey } from "../../../src/core/band";

function liftFor(rows: readonly [BandKey | null, Outcome][]) {
  return liftOf(churnByBand(rows.map(([band]) => band), rows.map(([, outcome]) => outcome)));
}

describe("liftOf", () => {
  test("hand-computed ratio", () => {
    // Healthy: 1 churned of 4 = 0.25. At risk: 1 of 2 = 0.5. Lift = 0.5 ÷ 0.25 = 2.
    const lift = liftFor([
      ["healthy", "churned"],
      ["healthy", "retained"],
      ["healthy", "retained"],
      ["healthy", "retained"],
      ["atRisk", "churned"],
      ["atRisk", "retained"],
      ["watch", "churned"],
    ]);
    expect(lift).toEqual({ ratio: 2, unavailable: null });
  });

  test("empty Healthy band", () => {
    expect(liftFor([["atRisk", "churned"], ["watch", "retained"]])).toEqual({ ratio: null, unavailable: "healthy-band-empty" });
  });

  test("empty At-risk band", () => {
    expect(liftFor([["healthy", "churned"], ["watch", "retained"]])).toEqual({ ratio: null, unavailable: "at-risk-band-empty" });
  });

  test("no Healthy churn", () => {
    expect(liftFor([["healthy", "retained"], ["atRisk", "churned"]])).toEqual({ ratio: null, unavailable: "no-healthy-churn" });
  });

  test("At-risk rate of zero gives lift 0", () => {
    // Healthy 1 of 2 = 0.5, At risk 0 of 1 = 0: lift 0, a model that ranks backwards.
    expect(liftFor([["healthy", "churned"], ["healthy", "retained"], ["atRisk", "retained"]])).toEqual({ ratio: 0, unavailable: null });
  });
});

describe("churnByBand", () => {
  test("ignores accounts without a band or an outcome", () => {
    const byBand = churnByBand(["healthy", null, "watch", "watch"], ["churned", "churned", "excluded", "missing"]);
    expect(byBand.healthy).toEqual({ accounts: 1, churned: 1, churnRate: 1 });
    expect(byBand.watch).toEqual({ accounts: 0, churned: 0, churnRate: null });
  });
});
