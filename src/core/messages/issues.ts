import type { Issue, ModelFieldIssue } from "../issues";
import { showCell } from "../values";

/**
 * Words an issue as one sentence: where, the rule broken, the value received and what is
 * allowed. Every surface prints issues through this, so the CLI, the pane and the functions
 * describe the same problem the same way.
 *
 * @example formatIssue({ code: "invalid-number", row: 14, column: "NPS", value: "abc" })
 *   // 'Row 14, column "NPS": "abc" is not a number. Expected a number such as 42, 4.5, 1,234 or 45%; the cell counts as missing.'
 */
export function formatIssue(issue: Issue): string {
  switch (issue.code) {
    case "invalid-number":
      return `${cellAt(issue.row, issue.column)}: ${showCell(issue.value)} is not a number. Expected a number such as 42, 4.5, 1,234 or 45%; the cell counts as missing.`;
    case "invalid-date":
      return `${cellAt(issue.row, issue.column)}: ${showCell(issue.value)} is not a date. Expected an ISO date such as 2026-11-30 or an Excel date; the cell counts as missing.`;
    case "unknown-category":
      return `${cellAt(issue.row, issue.column)}: ${showCell(issue.value)} is not one of the labels ${listOf(issue.allowed ?? [])}; the cell counts as missing.`;
    case "zero-denominator":
      return `${cellAt(issue.row, issue.column)}: the ratio divides by ${showCell(issue.value)}; the cell counts as missing.`;
    case "column-not-found":
      return `${issue.path}: the column "${issue.column}" is not in the table. Headers found: ${listOf(issue.allowed)}.`;
    case "pillar-without-metric":
      return `${issue.pillar}: no metric is mapped to this pillar, so it has no data for any account; map a column to it or lower its weight to 0.`;
    case "override-account-not-found":
      return `${issue.path}: no account is named "${issue.value}", so this override applies to nothing; check the spelling against the account column.`;
    case "segment-not-found":
      return `${issue.path}: no account is in the segment "${issue.value}", so these weights apply to nothing; check the spelling against the segment column.`;
    case "empty-table":
      return "The table is empty: no header row was found.";
    case "no-data-rows":
      return "The table has a header row but no data rows.";
    case "duplicate-header":
      return `Column ${issue.columnNumber ?? "?"}: the header "${issue.column ?? ""}" appears more than once, so only the first column would be read; rename one of them.`;
    case "blank-header":
      return `Column ${issue.columnNumber ?? "?"}: the header is blank but the column holds data; give it a header.`;
    default:
      return formatModelIssue(issue);
  }
}

function formatModelIssue(issue: ModelFieldIssue): string {
  const received = showCell(issue.value);
  const allowed = typeof issue.allowed === "string" ? issue.allowed : listOf(issue.allowed ?? []);
  switch (issue.code) {
    case "missing-field":
      return `${issue.path} is missing. Expected ${allowed}.`;
    case "negative-weight":
      return `${issue.path}: weight ${received} is not allowed. Expected ${allowed}.`;
    case "all-zero-weights":
      return `${issue.path}: every weight is 0, so nothing would count. Expected ${allowed}.`;
    case "unknown-pillar":
      return `${issue.path}: ${received} is not a pillar. Expected one of ${allowed}.`;
    case "unknown-method":
      return `${issue.path}: ${received} is not a scoring method. Expected one of ${allowed}.`;
    case "unknown-direction":
      return `${issue.path}: ${received} is not a direction. Expected one of ${allowed}.`;
    case "unknown-policy":
      return `${issue.path}: ${received} is not a missing-data policy. Expected one of ${allowed}.`;
    case "direction-conflict":
      return `${issue.path}: ${received} contradicts the method's parameters. Expected ${allowed}.`;
    case "bands-out-of-order":
      return `${issue.path}: ${received} is not below the Healthy threshold. Expected ${allowed}.`;
    case "duplicate-metric":
      return `${issue.path}: the column ${received} is mapped twice to the same pillar. Expected ${allowed}.`;
    case "invalid-parameter":
    case "invalid-field":
      return `${issue.path}: ${received} is not valid. Expected ${allowed}.`;
  }
}

function cellAt(row: number, column: string): string {
  return `Row ${row}, column "${column}"`;
}

function listOf(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(", ");
}
