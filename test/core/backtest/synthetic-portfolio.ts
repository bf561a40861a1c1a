import type { Outcome } from "../../../src/core/backtest/outcome";
import { seededRandom } from "../../../src/core/backtest/seeded-random";
import type { PillarScores, PillarVector } from "../../../src/core/vector";

/** A synthetic portfolio whose churn is driven by known pillar weights. */
export interface SyntheticPortfolio {
  readonly pillars: PillarScores[];
  readonly outcomes: Outcome[];
}

export interface SyntheticSettings {
  readonly accounts: number;
  readonly seed: number;
  /** The weights that drive churn, summing to 1. */
  readonly trueWeights: PillarVector<number>;
  /** Points of driver score per unit of log-odds; smaller is a sharper, less noisy link. Default 10. */
  readonly logisticScale?: number;
  /** Chance that each pillar score is missing. Default 0. */
  readonly missingShare?: number;
}

/**
 * Generates pillar scores uniform on 0–100 and an outcome per account: churned with probability
 * 1 ÷ (1 + exp((driver − 50) ÷ scale)), where driver is the true-weighted sum of the scores
 * (a missing score counts as 50). Low driver scores churn more, as the AUC convention expects.
 */
export function syntheticPortfolio(settings: SyntheticSettings): SyntheticPortfolio {
  const random = seededRandom(settings.seed);
  const scale = settings.logisticScale ?? 10;
  const missingShare = settings.missingShare ?? 0;
  const pillars: PillarScores[] = [];
  const outcomes: Outcome[] = [];

  for (let account = 0; account < settings.accounts; account++) {
    const scores = settings.trueWeights.map(() => random() * 100);
    const driver = scores.reduce((sum, score, index) => sum + score * (settings.trueWeights[index] ?? 0), 0);
    const churnProbability = 1 / (1 + Math.exp((driver - 50) / scale));
    const observed = scores.map((score) => (random() < missingShare ? null : score));
    pillars.push([observed[0] ?? null, observed[1] ?? null, observed[2] ?? null, observed[3] ?? null]);
    outcomes.push(random() < churnProbability ? "churned" : "retained");
  }
  return { pillars, outcomes };
}
