import { formatBacktestWarning, formatLiftUnavailable, formatValidation } from "../../../src/core/messages/backtest";
import { DEFAULT_BANDS } from "../../../src/core/model";

describe("formatBacktestWarning", () => {
  test("few churned", () => {
    expect(formatBacktestWarning({ code: "few-churned", churned: 12, minimum: 20 })).toBe(
      "Only 12 churned accounts have a score. With fewer than 20, AUC and churn rates are too noisy to act on, so add more outcome history before relying on them.",
    );
  });

  test("one churned account", () => {
    expect(formatBacktestWarning({ code: "few-churned", churned: 1, minimum: 20 })).toMatch(/^Only 1 churned account has a score\./);
  });

  test("no churned", () => {
    expect(formatBacktestWarning({ code: "no-churned", accounts: 340 })).toBe(
      "None of the 340 scored accounts with an outcome churned, so AUC and lift cannot be computed. Check the outcome column and whether a yes in it means churn or renewal.",
    );
  });

  test("no retained", () => {
    expect(formatBacktestWarning({ code: "no-retained", accounts: 12 })).toBe(
      "All 12 scored accounts with an outcome churned, so AUC and lift cannot be computed. Check the outcome column and whether a yes in it means churn or renewal.",
    );
  });

  test("improvement within noise", () => {
    const text = formatBacktestWarning({ code: "improvement-within-noise", improvement: 0.004, noiseLevel: 0.012, currentAuc: 0.712, suggestedAuc: 0.716 });
    expect(text).toBe(
      "The suggested weights raise the out-of-sample AUC by 0.004 (from 0.712 to 0.716), which is within the noise level of 0.012. Keep the current weights unless there is another reason to change them.",
    );
  });

  test("no improvement at all", () => {
    const text = formatBacktestWarning({ code: "improvement-within-noise", improvement: -0.003, noiseLevel: 0.01, currentAuc: 0.712, suggestedAuc: 0.709 });
    expect(text).toBe(
      "The suggested weights do not raise the out-of-sample AUC (from 0.712 to 0.709). Keep the current weights unless there is another reason to change them.",
    );
  });
});

describe("formatLiftUnavailable", () => {
  test("uses the model's band labels", () => {
    const bands = { ...DEFAULT_BANDS, labels: { healthy: "Green", watch: "Amber", atRisk: "Red" } };
    expect(formatLiftUnavailable("at-risk-band-empty", bands)).toBe("Lift is not available because no scored account with an outcome is Red.");
    expect(formatLiftUnavailable("no-healthy-churn", bands)).toBe("Lift is not available because no Green account churned, so the Green churn rate is 0.");
  });

  test("defaults to the default labels", () => {
    expect(formatLiftUnavailable("healthy-band-empty")).toBe("Lift is not available because no scored account with an outcome is Healthy.");
  });
});

describe("formatValidation", () => {
  test("five folds", () => {
    expect(formatValidation({ method: "stratified-k-fold", folds: 5, seed: 1 })).toBe(
      "Validated by 5-fold cross-validation, stratified by outcome (seed 1): the weights were fitted on 4 folds and the AUC measured on the held-out fold, once for each fold.",
    );
  });
});
