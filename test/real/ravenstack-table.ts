import { findColumn, type CellValue, type Table } from "../../src/core/table";
import { isMissing, readLabel, readNumber } from "../../src/core/values";
import { readDataTable } from "./data-files";

/**
 * The headers of the joined RavenStack account table: the accounts file's own columns first, then
 * one aggregate per account from the tickets, subscriptions and feature-usage files.
 */
export const RAVENSTACK_HEADERS = [
  "account_id",
  "account_name",
  "plan_tier",
  "seats",
  "churn_flag",
  "avg_satisfaction_score",
  "escalations",
  "tickets",
  "active_seats",
  "mrr_sum",
  "upgrades",
  "usage_count",
  "features_used",
] as const;

/** Per-account aggregates of the support tickets. */
interface TicketTotals {
  tickets: number;
  escalations: number;
  satisfactionSum: number;
  /** Tickets with a satisfaction score; 825 of the 2,000 tickets have none. */
  satisfactionCount: number;
}

/** Per-account aggregates of the subscriptions and of the feature usage under them. */
interface SubscriptionTotals {
  /** Seats of the subscriptions without an end date, which are still running. */
  activeSeats: number;
  mrrSum: number;
  upgrades: number;
  usageCount: number;
  features: Set<string>;
}

/** Reads one column of a table through a cell reader, failing loudly on a missing header. */
function column<T>(table: Table, header: string, read: (cell: CellValue) => T): T[] {
  const index = findColumn(table.headers, header);
  if (index < 0) throw new Error(`Column "${header}" is missing; the headers are ${table.headers.join(", ")}`);
  return table.rows.map((row) => read(row[index]));
}

function numberOrZero(cell: CellValue): number {
  const value = readNumber(cell);
  return typeof value === "number" ? value : 0;
}

function isTrue(cell: CellValue): boolean {
  return readLabel(cell)?.toLowerCase() === "true";
}

function text(cell: CellValue): string {
  return readLabel(cell) ?? "";
}

function ticketTotals(tickets: Table): Map<string, TicketTotals> {
  const accounts = column(tickets, "account_id", text);
  const satisfaction = column(tickets, "satisfaction_score", (cell) => (isMissing(cell) ? null : readNumber(cell)));
  const escalated = column(tickets, "escalation_flag", isTrue);

  const totals = new Map<string, TicketTotals>();
  accounts.forEach((account, row) => {
    const entry = totals.get(account) ?? { tickets: 0, escalations: 0, satisfactionSum: 0, satisfactionCount: 0 };
    entry.tickets++;
    if (escalated[row] === true) entry.escalations++;
    const score = satisfaction[row];
    if (typeof score === "number") {
      entry.satisfactionSum += score;
      entry.satisfactionCount++;
    }
    totals.set(account, entry);
  });
  return totals;
}

function subscriptionTotals(subscriptions: Table, usage: Table): Map<string, SubscriptionTotals> {
  const ids = column(subscriptions, "subscription_id", text);
  const accounts = column(subscriptions, "account_id", text);
  const ended = column(subscriptions, "end_date", (cell) => !isMissing(cell));
  const seats = column(subscriptions, "seats", numberOrZero);
  const mrr = column(subscriptions, "mrr_amount", numberOrZero);
  const upgraded = column(subscriptions, "upgrade_flag", isTrue);

  const totals = new Map<string, SubscriptionTotals>();
  const accountOfSubscription = new Map<string, string>();
  accounts.forEach((account, row) => {
    const entry = totals.get(account) ?? { activeSeats: 0, mrrSum: 0, upgrades: 0, usageCount: 0, features: new Set<string>() };
    if (ended[row] === false) entry.activeSeats += seats[row] ?? 0;
    entry.mrrSum += mrr[row] ?? 0;
    if (upgraded[row] === true) entry.upgrades++;
    totals.set(account, entry);
    accountOfSubscription.set(ids[row] ?? "", account);
  });

  const usageSubscriptions = column(usage, "subscription_id", text);
  const usageCounts = column(usage, "usage_count", numberOrZero);
  const features = column(usage, "feature_name", text);
  usageSubscriptions.forEach((subscription, row) => {
    const account = accountOfSubscription.get(subscription);
    const entry = account === undefined ? undefined : totals.get(account);
    if (entry === undefined) throw new Error(`Feature usage row ${row + 2} names subscription ${subscription}, which no subscription row has`);
    entry.usageCount += usageCounts[row] ?? 0;
    entry.features.add(features[row] ?? "");
  });
  return totals;
}

/**
 * Builds the RavenStack account table a CS team would assemble, one row per account of the
 * accounts file. Tickets give the mean satisfaction score (blank scores ignored, and blank when
 * no ticket is scored), the escalation count and the ticket count. Subscriptions give the seats
 * still running, the MRR summed over all of them and the upgrade count. Feature usage gives the
 * summed usage count and the number of distinct features. Every file is read through the CLI's reader.
 */
export async function buildRavenstackTable(): Promise<Table> {
  const [accounts, tickets, subscriptions, usage] = await Promise.all([
    readDataTable("ravenstack_accounts.csv"),
    readDataTable("ravenstack_support_tickets.csv"),
    readDataTable("ravenstack_subscriptions.csv"),
    readDataTable("ravenstack_feature_usage.csv"),
  ]);
  const ticketsByAccount = ticketTotals(tickets);
  const subscriptionsByAccount = subscriptionTotals(subscriptions, usage);

  const ids = column(accounts, "account_id", text);
  const names = column(accounts, "account_name", text);
  const tiers = column(accounts, "plan_tier", text);
  const seats = column(accounts, "seats", (cell) => cell);
  const churned = column(accounts, "churn_flag", (cell) => cell);

  const rows = ids.map((id, row): CellValue[] => {
    const ticket = ticketsByAccount.get(id);
    const subscription = subscriptionsByAccount.get(id);
    const satisfaction = ticket === undefined || ticket.satisfactionCount === 0 ? "" : ticket.satisfactionSum / ticket.satisfactionCount;
    return [
      id,
      names[row] ?? "",
      tiers[row] ?? "",
      seats[row],
      churned[row],
      satisfaction,
      ticket?.escalations ?? 0,
      ticket?.tickets ?? 0,
      subscription?.activeSeats ?? 0,
      subscription?.mrrSum ?? 0,
      subscription?.upgrades ?? 0,
      subscription?.usageCount ?? 0,
      subscription?.features.size ?? 0,
    ];
  });
  return { headers: [...RAVENSTACK_HEADERS], rows, firstRowNumber: 2 };
}

/** Writes a table as CSV text, quoting every text cell, so the CLI can read it back. */
export function tableToCsv(table: Table): string {
  const field = (cell: CellValue): string => {
    if (typeof cell === "number") return String(cell);
    const value = cell === null || cell === undefined ? "" : String(cell);
    return `"${value.replace(/"/g, '""')}"`;
  };
  return [table.headers, ...table.rows].map((row) => row.map(field).join(",")).join("\n") + "\n";
}
