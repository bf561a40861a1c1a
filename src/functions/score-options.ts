import type { CellValue } from "../core/table";
import { showCell } from "../core/values";
import { describeSize, isBlankCell, toCellValue, type Matrix } from "./cells";
import { MESSAGES } from "./messages";
import { invalidArgument } from "./problem";

/** The settings HEALTH.SCORE takes in its options argument, by their model name. */
export interface ScoreSettings {
  readonly missingPolicy?: CellValue;
  readonly minCoverage?: CellValue;
  readonly healthy?: CellValue;
  readonly watch?: CellValue;
  readonly accountColumn?: CellValue;
  readonly segmentColumn?: CellValue;
  readonly asOf?: CellValue;
}

/** HealthSettings rows that SCORE accepts and ignores, because scoring does not use them. */
type IgnoredSetting = "outcomeColumn" | "version" | "trendPeriods" | "declineThreshold";

type SettingName = keyof ScoreSettings | IgnoredSetting;

const IGNORED_SETTINGS: ReadonlySet<string> = new Set<IgnoredSetting>(["outcomeColumn", "version", "trendPeriods", "declineThreshold"]);

function isScoreSetting(name: SettingName): name is keyof ScoreSettings {
  return !IGNORED_SETTINGS.has(name);
}

/**
 * The option keys accepted, compared after lower-casing and dropping spaces, hyphens and
 * underscores. The long forms are the Setting labels of the model sheet's HealthSettings table,
 * so its rows can be passed as options unchanged. The outcome column, the model version and the
 * trend settings are for backtests, change tracking and trends, so they are accepted and ignored.
 */
const OPTION_KEYS: Readonly<Record<string, SettingName>> = {
  policy: "missingPolicy",
  missingpolicy: "missingPolicy",
  missingdatapolicy: "missingPolicy",
  mincoverage: "minCoverage",
  minimumcoverage: "minCoverage",
  healthy: "healthy",
  watch: "watch",
  account: "accountColumn",
  accountcolumn: "accountColumn",
  segment: "segmentColumn",
  segmentcolumn: "segmentColumn",
  asof: "asOf",
  asofdate: "asOf",
  outcome: "outcomeColumn",
  outcomecolumn: "outcomeColumn",
  modelversion: "version",
  trendperiods: "trendPeriods",
  declinethreshold: "declineThreshold",
};

/** The keys shown when an option is not recognised. */
const SHOWN_KEYS = ["policy", "minCoverage", "healthy", "watch", "account", "segment", "asOf"];

/**
 * Reads HEALTH.SCORE's options: text such as "policy=neutral; minCoverage=0.6" or a two-column
 * range of keys and values. Blank keys are skipped; an unknown key is `#VALUE!`.
 */
export function readScoreOptions(block: Matrix | null): ScoreSettings {
  if (block === null) return {};
  const pairs = optionPairs(block);

  const settings: Partial<Record<keyof ScoreSettings, CellValue>> = {};
  for (const [key, value] of pairs) {
    const name = OPTION_KEYS[key.toLowerCase().replace(/[\s_-]/g, "")];
    if (name === undefined) invalidArgument(MESSAGES.optionUnknown(key, SHOWN_KEYS));
    if (isScoreSetting(name)) settings[name] = value;
  }
  return settings;
}

function optionPairs(block: Matrix): [string, CellValue][] {
  const first = block[0]?.[0];
  if (block.length === 1 && block[0]?.length === 1 && typeof first === "string") return textPairs(first);
  if (!block.every((row) => row.length === 2)) invalidArgument(MESSAGES.optionsShape(describeSize(block)));

  return block
    .filter(([key]) => !isBlankCell(key))
    .map(([key, value]) => [showKey(key), isBlankCell(value) ? null : toCellValue(value)]);
}

function textPairs(text: string): [string, CellValue][] {
  return text
    .split(";")
    .filter((segment) => segment.trim() !== "")
    .map((segment) => {
      const equals = segment.indexOf("=");
      if (equals < 0) invalidArgument(MESSAGES.optionsShape(`the text ${JSON.stringify(segment.trim())}`));
      const value = segment.slice(equals + 1).trim();
      return [segment.slice(0, equals).trim(), value === "" ? null : value];
    });
}

function showKey(key: unknown): string {
  return typeof key === "string" ? key.trim() : showCell(toCellValue(key));
}
