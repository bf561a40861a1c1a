import type { HealthModel, Metric } from "../../src/core/model";
import { normalizeModel } from "../../src/core/normalize-model";
import type { CellValue, Table } from "../../src/core/table";
import { mappingFromModel } from "../../src/taskpane/mapping/column-mapping";
import { isRatioPair, numericColumns, proposedRatioPair } from "../../src/taskpane/mapping/ratio-columns";

/** Builds a table from columns of cells, all of the same length. */
function tableOf(columns: Record<string, readonly CellValue[]>): Table {
  const headers = Object.keys(columns);
  const length = Object.values(columns)[0]?.length ?? 0;
  const rows = Array.from({ length }, (_, row) => headers.map((header) => columns[header]?.[row] ?? null));
  return { headers, rows, firstRowNumber: 2 };
}

const TEN = Array.from({ length: 10 }, (_, index) => index + 1);

/** Completes a model around its metrics with `normalizeModel`'s defaults. */
function modelWith(metrics: readonly Metric[]): HealthModel {
  const model = normalizeModel({ accountColumn: "Account ID", metrics });
  if (!model.ok) throw new Error(`invalid test model: ${JSON.stringify(model.issues)}`);
  return model.value;
}

describe("numericColumns", () => {
  it("keeps only mostly-number columns", () => {
    const table = tableOf({
      "Account ID": TEN.map((index) => `ACC-${index}`),
      "Active Users": TEN,
      // 9 of 10 present cells are numbers, so one stray word does not drop the column.
      Seats: [...TEN.slice(0, 9).map((index) => `${index * 10}`), "unknown"],
      // 2 of 10 are numbers: mostly text.
      Logins: [1, 2, ...TEN.slice(2).map(() => "lots")],
      Renewed: TEN.map((index) => (index % 2 === 0 ? "Yes" : "No")),
      "Renewal Date": TEN.map((index) => `2027-01-${String(index).padStart(2, "0")}`),
      Notes: TEN.map(() => null),
    });

    expect(numericColumns(table)).toEqual(["Active Users", "Seats"]);
  });

  it("reads currency, grouped and percent text", () => {
    const table = tableOf({ ARR: ["$808,100", "61000", "1,815"], Adoption: ["70%", "48%", "12.5%"] });

    expect(numericColumns(table)).toEqual(["ARR", "Adoption"]);
  });
});

describe("proposedRatioPair", () => {
  const headers = ["Account ID", "Active Users", "Licensed Seats", "Logins"];
  const ratio = { column: "Active Users", pillar: "Adoption", method: { kind: "ratio", denominator: "Licensed Seats", then: { kind: "percentile" } }, direction: "higher", weight: 1 } satisfies Metric;

  it("returns the mapped ratio", () => {
    const mapping = mappingFromModel(headers, modelWith([ratio]), []);

    expect(proposedRatioPair(mapping, ["Active Users", "Licensed Seats", "Logins"])).toEqual({ numerator: "Active Users", denominator: "Licensed Seats" });
  });

  it("is null without a ratio metric", () => {
    const logins = { column: "Logins", pillar: "Engagement", method: { kind: "percentile" }, direction: "higher", weight: 1 } satisfies Metric;
    const mapping = mappingFromModel(headers, modelWith([logins]), []);

    expect(proposedRatioPair(mapping, ["Active Users", "Licensed Seats", "Logins"])).toBeNull();
  });

  it("is null for a text denominator", () => {
    const mapping = mappingFromModel(headers, modelWith([ratio]), []);

    expect(proposedRatioPair(mapping, ["Active Users", "Logins"])).toBeNull();
  });
});

describe("isRatioPair", () => {
  const numeric = ["Active Users", "Licensed Seats"];

  it.each([
    ["Active Users", "Licensed Seats", true],
    ["Licensed Seats", "Active Users", true],
    ["Active Users", "Active Users", false],
    ["Account ID", "Account Name", false],
    ["Active Users", "Account Name", false],
    ["", "Licensed Seats", false],
    ["", "", false],
  ])("%s ÷ %s is %s", (numerator, denominator, expected) => {
    expect(isRatioPair(numerator, denominator, numeric)).toBe(expected);
  });
});
