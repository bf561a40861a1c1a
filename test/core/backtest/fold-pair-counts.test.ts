import { churnAuc } from "../../../src/core/backtest/auc";
import { aucWithoutFold, FoldPairCounter } from "../../../src/core/backtest/fold-pair-counts";
import { assignStratifiedFolds, NO_FOLD } from "../../../src/core/backtest/folds";
import { seededRandom } from "../../../src/core/backtest/seeded-random";
import type { Outcome } from "../../../src/core/backtest/outcome";

describe("aucWithoutFold", () => {
  const random = seededRandom(11);
  const outcomes: Outcome[] = Array.from({ length: 400 }, () => (random() < 0.3 ? "churned" : random() < 0.95 ? "retained" : "excluded"));
  // Whole-number scores from 0 to 20 so that ties are common; every tenth account is unscored (NaN).
  const scores = Float64Array.from(outcomes, (_, index) => (index % 10 === 0 ? Number.NaN : Math.floor(random() * 21)));
  const assignment = assignStratifiedFolds(outcomes, 5, 1);
  const counts = new FoldPairCounter(outcomes, assignment, 5).count(scores);

  function directAuc(keep: (fold: number) => boolean): number | null {
    const churned: number[] = [];
    const retained: number[] = [];
    outcomes.forEach((outcome, index) => {
      const score = scores[index] as number;
      const fold = assignment[index] as number;
      if (fold === NO_FOLD || Number.isNaN(score) || !keep(fold)) return;
      (outcome === "churned" ? churned : retained).push(score);
    });
    return churnAuc(churned, retained);
  }

  test("all folds equal the AUC of every scored account", () => {
    expect(aucWithoutFold(counts, NO_FOLD)).toBeCloseTo(directAuc(() => true) ?? Number.NaN, 12);
  });

  test.each([0, 1, 2, 3, 4])("leaving out fold %i equals the AUC of the rest", (heldOut) => {
    expect(aucWithoutFold(counts, heldOut)).toBeCloseTo(directAuc((fold) => fold !== heldOut) ?? Number.NaN, 12);
  });

  test("a class missing from the kept folds gives null", () => {
    const twoAccounts: Outcome[] = ["churned", "retained"];
    const folds = Int32Array.from([0, 1]);
    const pairCounts = new FoldPairCounter(twoAccounts, folds, 2).count(Float64Array.from([10, 20]));
    expect(aucWithoutFold(pairCounts, NO_FOLD)).toBe(1);
    expect(aucWithoutFold(pairCounts, 0)).toBeNull();
  });
});
