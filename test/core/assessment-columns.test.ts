import { assessAccount, blankVerdict, type AssessmentSettings } from "../../src/core/account";
import { assessPortfolio, type PortfolioAssessment } from "../../src/core/assess-portfolio";
import { accountAt, accountsOf, writableColumns, writeVerdict } from "../../src/core/assessment-columns";
import { DIAGNOSES, diagnosesOfMask, diagnosisMaskOf, type Diagnosis } from "../../src/core/diagnosis";
import { formatIssue } from "../../src/core/messages/issues";
import { DEFAULT_BANDS, NEW_MODEL_FIELDS, type HealthModel } from "../../src/core/model";
import type { Override } from "../../src/core/overrides";
import { pillarColumnsOf } from "../../src/core/pillar-columns";
import { readIsoDate } from "../../src/core/values";
import type { PillarScores } from "../../src/core/vector";

/** Equal weights, Healthy ≥ 70, Watch ≥ 40, redistribute missing pillars, at least half the weight with data. */
const settings: AssessmentSettings = {
  weights: [0.25, 0.25, 0.25, 0.25],
  bands: DEFAULT_BANDS,
  policy: "redistribute",
  minCoverage: 0.5,
};

/** The same settings as a model. Assessing reads no metric, so it has none. */
const model: HealthModel = {
  accountColumn: "Account",
  segmentColumn: null,
  outcomeColumn: null,
  metrics: [],
  pillarWeights: { Engagement: 25, Satisfaction: 25, Adoption: 25, Outcomes: 25 },
  bands: DEFAULT_BANDS,
  missingPolicy: "redistribute",
  minCoverage: 0.5,
  asOf: "2026-11-30",
  ...NEW_MODEL_FIELDS,
};

const names = ["Alder", "Birch", "Cedar", "Dogwood", "Elm", "Fir", "Gum"];

/** Pillar scores in the order Engagement, Satisfaction, Adoption, Outcomes, with each verdict worked out by hand. */
const pillars: PillarScores[] = [
  // (80 + 30 + 20 + 6) / 4 = 34 → At risk. Outcomes falls 64 short, the most, and gap (40 − 34) / 0.25 = 24.
  // Engagement 80 is high while Outcomes 6 and Adoption 20 are low, so talkWithoutResults and championOnly.
  [80, 30, 20, 6],
  // (50 + 60) / 2 = 55 → Watch at coverage 0.5. Engagement carries 0.25 / 0.5 = 0.5, so gap (70 − 55) / 0.5 = 30.
  [50, 60, null, null],
  // Coverage 0.25 is below the minimum 0.5, so the data is insufficient.
  [null, 62, null, null],
  // (90 + 80 + 75 + 70) / 4 = 78.75 → Healthy with no pillar below 70, so no driver.
  [90, 80, 75, 70],
  // 10 → At risk. Gap (40 − 10) / 0.25 = 120 points exceeds the 100 − 10 = 90 that Engagement can gain.
  [10, 10, 10, 10],
  // (90 + 20 + 85 + 80) / 4 = 68.75 → Watch. Satisfaction 20 is low while the rest are high, so undervalued and lockedInUnhappy.
  [90, 20, 85, 80],
  // No pillar has data.
  [null, null, null, null],
];

const asOfSerial = readIsoDate("2026-11-30") as number;

function assessed(withModel: HealthModel = model): PortfolioAssessment {
  const result = assessPortfolio({ pillars, accountNames: names, segmentLabels: names.map(() => null), asOfSerial }, withModel);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join("\n"));
  return result.value;
}

/** Returns what `action` throws, so a test can check the error's type and message separately. */
function errorOf(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw, but it returned");
}

describe("accountAt", () => {
  test.each(pillars.map((scores, row) => [names[row], row, scores] as const))("%s matches assessAccount", (_name, row, scores) => {
    expect(accountAt(assessed().assessments, row)).toEqual(assessAccount(scores, settings));
  });

  test("portfolio covers every kind of verdict", () => {
    // Guards the table above: each case the row comments name is really in the portfolio.
    const accounts = accountsOf(assessed().assessments);

    expect(accounts[0]?.composite).toBeCloseTo(34, 10);
    expect(accounts[0]?.gap).toEqual({ points: 24, nextBand: "watch", reachable: true });
    expect(accounts[1]?.coverage).toBe(0.5);
    expect(accounts[1]?.gap).toEqual({ points: 30, nextBand: "healthy", reachable: true });
    expect(accounts[2]?.insufficient).toBe(true);
    expect(accounts[3]?.band).toBe("healthy");
    expect(accounts[3]?.driver).toBeNull();
    expect(accounts[4]?.gap).toEqual({ points: 120, nextBand: "watch", reachable: false });
    expect(accounts[5]?.diagnoses).toEqual(["undervalued", "lockedInUnhappy"]);
    expect(accounts[6]?.explanation).toBe("Insufficient data (coverage 0%, needs 50%): no pillar has data.");
  });

  test("columns keep codes and masks", () => {
    const { assessments } = assessed();

    // Band codes: 0 Healthy, 1 Watch, 2 At risk, -1 none. Driver codes follow pillar order.
    expect(Array.from(assessments.band)).toEqual([2, 1, -1, 0, 2, 1, -1]);
    expect(Array.from(assessments.driver)).toEqual([3, 0, -1, -1, 0, 1, -1]);
    // A mask sets bit i for DIAGNOSES[i]. Alder has talkWithoutResults 4 and championOnly 8, so 12.
    // Elm has drifting 16. Fir has undervalued 1 and lockedInUnhappy 2, so 3.
    expect(Array.from(assessments.diagnoses)).toEqual([12, 0, 0, 0, 16, 3, 0]);
    expect(Array.from(assessments.composite)).toEqual([34, 55, Number.NaN, 78.75, 10, 68.75, Number.NaN]);
  });

  test("accounts share gaps and diagnosis lists", () => {
    const { assessments } = assessed();

    // Fir's list is the frozen shared one, the same object sharedDiagnosesOf gives every account.
    expect(accountAt(assessments, 5).diagnoses).toBe(diagnosesOfMask(3));
    expect(accountAt(assessments, 0).gap).toBe(assessments.gaps[0]);
  });

  test.each([-1, 7, 0.5, Number.NaN])("rejects row %p of seven", (row) => {
    const error = errorOf(() => accountAt(assessed().assessments, row));

    expect(error).toBeInstanceOf(RangeError);
    expect((error as RangeError).message).toBe(`accountAt requires a row from 0 to 6: got ${row}`);
  });
});

describe("accountsOf", () => {
  test("lists accountAt for every row", () => {
    const { assessments } = assessed();
    const accounts = accountsOf(assessments);

    expect(accounts).toEqual(pillars.map((scores) => assessAccount(scores, settings)));
    expect(accounts).toEqual(pillars.map((_, row) => accountAt(assessments, row)));
  });

  test("builds new objects per call", () => {
    const { assessments } = assessed();

    expect(accountsOf(assessments)[0]).not.toBe(accountsOf(assessments)[0]);
  });

  test("lazy accounts equal accountsOf", () => {
    const portfolio = assessed();

    expect(portfolio.accounts).toEqual(accountsOf(portfolio.assessments));
    expect(portfolio.accounts).toBe(portfolio.accounts);
  });
});

describe("overridden account", () => {
  const override: Override = { account: "elm", band: null, score: 45, reason: "renewal call booked", owner: "Dana Lee", expires: "2026-12-31" };

  test("comes back as the override's assessment", () => {
    const { assessments } = assessed({ ...model, overrides: [override] });
    const elm = accountAt(assessments, 4);

    expect(elm).toBe(assessments.overridden.get(4));
    // Score 45 with no band given → Watch, because 45 ≥ 40. The computed 10 and At risk stay traceable.
    expect(elm.composite).toBe(45);
    expect(elm.band).toBe("watch");
    expect(elm.override?.computedComposite).toBe(10);
    expect(elm.override?.computedBand).toBe("atRisk");
    expect(elm.explanation).toBe(
      "Overridden to Watch (45) by Dana Lee until 2026-12-31: renewal call booked. Computed: At risk (10): look at Engagement first (10), though Engagement alone cannot lift it to Watch. Drifting.",
    );
  });

  test("columns keep the computed verdict", () => {
    const { assessments } = assessed({ ...model, overrides: [override] });

    expect(assessments.composite[4]).toBe(10);
    expect(assessments.band[4]).toBe(2);
    expect([...assessments.overridden.keys()]).toEqual([4]);
  });

  test("other accounts stay as computed", () => {
    const { assessments } = assessed({ ...model, overrides: [override] });
    const others = [0, 1, 2, 3, 5, 6];

    expect(others.map((row) => accountAt(assessments, row))).toEqual(others.map((row) => assessAccount(pillars[row] as PillarScores, settings)));
  });

  test("expired override changes nothing", () => {
    const { assessments } = assessed({ ...model, overrides: [{ ...override, expires: "2026-11-29" }] });

    expect(assessments.overridden.size).toBe(0);
    expect(accountAt(assessments, 4)).toEqual(assessAccount([10, 10, 10, 10], settings));
  });
});

describe("diagnosis masks", () => {
  const masks = Array.from({ length: 32 }, (_, mask) => mask);

  test.each(masks)("mask %i round trips to the same list", (mask) => {
    const list = diagnosesOfMask(mask);

    expect(Object.isFrozen(list)).toBe(true);
    expect(diagnosisMaskOf(list)).toBe(mask);
    expect(diagnosesOfMask(diagnosisMaskOf(list))).toBe(list);
    // A copy with the same entries finds the shared list too.
    expect(diagnosesOfMask(diagnosisMaskOf([...list]))).toBe(list);
  });

  test("lists follow the order of DIAGNOSES", () => {
    expect(diagnosesOfMask(0)).toEqual([]);
    // 12 = 4 + 8, bits 2 and 3.
    expect(diagnosesOfMask(12)).toEqual(["talkWithoutResults", "championOnly"]);
    expect(diagnosesOfMask(31)).toEqual(DIAGNOSES);
  });

  test.each<[string, Diagnosis[]]>([
    ["out of order", ["lockedInUnhappy", "undervalued"]],
    ["out of order, three", ["undervalued", "drifting", "championOnly"]],
    ["a repeat", ["drifting", "drifting"]],
    ["a repeat among others", ["undervalued", "lockedInUnhappy", "undervalued"]],
  ])("mask of a list %s is -1", (_case, list) => {
    expect(diagnosisMaskOf(list)).toBe(-1);
  });

  test.each([-1, 32, 1.5])("diagnosesOfMask rejects %p", (mask) => {
    const error = errorOf(() => diagnosesOfMask(mask));

    expect(error).toBeInstanceOf(RangeError);
    expect((error as RangeError).message).toBe(`diagnosesOfMask requires a mask from 0 to 31: got ${mask}`);
  });
});

describe("writeVerdict", () => {
  test("rejects diagnoses out of their listed order", () => {
    const columns = writableColumns(pillarColumnsOf([[10, 10, 10, 10]]));
    const verdict = { ...blankVerdict(), diagnoses: ["drifting", "undervalued"] as const };
    expect(() => writeVerdict(columns, 0, verdict)).toThrow(
      new RangeError("writeVerdict requires diagnoses in the order sharedDiagnosesOf lists them: got drifting, undervalued"),
    );
  });

  test("an empty portfolio says it has no rows", () => {
    const empty = writableColumns(pillarColumnsOf([]));
    expect(() => accountAt(empty, 0)).toThrow(new RangeError("accountAt has no rows to read: got row 0"));
  });
});
