/** The field delimiters a text table may use, in the order that wins a tie. */
export const DELIMITERS = [",", ";", "\t"] as const;

/** One of the accepted field delimiters. */
export type Delimiter = (typeof DELIMITERS)[number];

/** How many records the detection looks at. */
const SAMPLE_RECORDS = 30;

/**
 * Detects the field delimiter by consistency: for each candidate, the number of times it occurs
 * outside double quotes in each of the first records, and the share of records where that count
 * equals its most common value. The candidate with the highest share wins, then the one with
 * more fields, then the earlier one in `DELIMITERS`. A title line above the header lowers a
 * share only a little, so it does not change the outcome.
 *
 * @returns the delimiter, or null when no candidate occurs in the text
 * @example detectDelimiter("a;b\n1,5;2\n") // ";"
 */
export function detectDelimiter(text: string): Delimiter | null {
  const counts = countPerRecord(text);
  let best: { delimiter: Delimiter; share: number; fields: number } | null = null;
  for (const delimiter of DELIMITERS) {
    const perRecord = counts.map((count) => count[delimiter]);
    const mode = mostCommonPositive(perRecord);
    if (mode === 0) continue;

    const share = perRecord.filter((count) => count === mode).length / perRecord.length;
    if (best === null || share > best.share || (share === best.share && mode > best.fields)) best = { delimiter, share, fields: mode };
  }
  return best?.delimiter ?? null;
}

type DelimiterCounts = Record<Delimiter, number>;

/** Counts each candidate outside quotes in each non-blank record of the sample; quoted line breaks stay inside their record. */
function countPerRecord(text: string): DelimiterCounts[] {
  const records: DelimiterCounts[] = [];
  let current: DelimiterCounts = { ",": 0, ";": 0, "\t": 0 };
  let blank = true;
  let quoted = false;
  for (let index = 0; index < text.length && records.length < SAMPLE_RECORDS; index++) {
    const character = text[index];
    if (character === '"') quoted = !quoted;
    if (!quoted && (character === "\n" || character === "\r")) {
      if (!blank) records.push(current);
      current = { ",": 0, ";": 0, "\t": 0 };
      blank = true;
      continue;
    }
    if (character !== " ") blank = false;
    if (!quoted && (character === "," || character === ";" || character === "\t")) current[character]++;
  }
  if (!blank && records.length < SAMPLE_RECORDS) records.push(current);
  return records;
}

/** Returns the most common count above 0 (the larger one on a tie), or 0 when every count is 0. */
function mostCommonPositive(counts: readonly number[]): number {
  const frequency = new Map<number, number>();
  for (const count of counts) {
    if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1);
  }
  let mode = 0;
  let modeFrequency = 0;
  for (const [count, times] of frequency) {
    if (times > modeFrequency || (times === modeFrequency && count > mode)) {
      mode = count;
      modeFrequency = times;
    }
  }
  return mode;
}
