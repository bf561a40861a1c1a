import { categoryLabels, categoryLookup, categoryScore } from "../../../src/core/methods/category";
import type { CategoryMethod } from "../../../src/core/model";
import { readLabel } from "../../../src/core/values";

const ragStatus: CategoryMethod = { kind: "category", scores: { Green: 100, Yellow: 50, " Red ": 0 } };

describe("categoryScore", () => {
  const lookup = categoryLookup(ragStatus);

  test("matches labels regardless of case and spaces", () => {
    expect(categoryScore(readLabel("  GREEN ") as string, lookup)).toBe(100);
    expect(categoryScore(readLabel("yellow") as string, lookup)).toBe(50);
    expect(categoryScore(readLabel("red") as string, lookup)).toBe(0);
  });

  test("unknown label has no score", () => {
    expect(categoryScore("amber", lookup)).toBeUndefined();
  });

  test("scores carry the direction", () => {
    const escalated = categoryLookup({ kind: "category", scores: { Yes: 0, No: 100 } });

    expect(categoryScore("yes", escalated)).toBe(0);
    expect(categoryScore("no", escalated)).toBe(100);
  });

  test("first of two clashing labels wins", () => {
    const clashing = categoryLookup({ kind: "category", scores: { Green: 100, "green ": 10 } });

    expect(categoryScore("green", clashing)).toBe(100);
  });
});

describe("categoryLabels", () => {
  test("lists labels as the model writes them", () => {
    expect(categoryLabels(ragStatus)).toEqual(["Green", "Yellow", " Red "]);
  });
});
