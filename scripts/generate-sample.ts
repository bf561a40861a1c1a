/**
 * Generates the bundled sample portfolio, samples/portfolio.csv: 400 fictional accounts of a
 * B2B SaaS vendor, exported the way a CS operations team would export them, messes included.
 *
 * Each account gets a latent health and one latent score per pillar. The metrics are drawn
 * from those latents with noise, and the Churned label is drawn from them too, so a health
 * model that reads the metrics well separates churned from retained accounts. A seeded PRNG
 * and a fixed as-of date make the output byte-identical on every run and machine.
 *
 * Usage: node dist/cli/scripts/generate-sample.js [output path]
 * (default: samples/portfolio.csv in the repository root).
 */
import * as fs from "fs";
import * as path from "path";

/** The date that the recency columns are measured against, and that the sample's dates lead up to. */
export const SAMPLE_AS_OF = "2026-11-30";

/** The number of accounts (data rows) in the sample. */
export const SAMPLE_ACCOUNT_COUNT = 400;

/** The header row, in file order. */
export const SAMPLE_COLUMNS = [
  "Account ID",
  "Account Name",
  "Segment",
  "CSM",
  "ARR",
  "Renewal Date",
  "Last Contact Date",
  "Meetings Attended (90d)",
  "Stakeholders in Calls",
  "Avg Response Time (hrs)",
  "NPS",
  "CSAT",
  "Support Tickets (90d)",
  "Escalations (90d)",
  "Active Users",
  "Licensed Seats",
  "Feature Adoption",
  "Weekly Logins",
  "Goal Attainment",
  "Time Saved vs Target (%)",
  "Expansion",
  "Churned",
  "Notes",
] as const;

/** One column of the sample. */
export type SampleColumn = (typeof SAMPLE_COLUMNS)[number];

/** The columns meant for each pillar (samples/README.md gives each one's method and direction). */
export const ENGAGEMENT_COLUMNS = [
  "Last Contact Date", "Meetings Attended (90d)", "Stakeholders in Calls", "Avg Response Time (hrs)",
] as const satisfies readonly SampleColumn[];
export const SATISFACTION_COLUMNS = [
  "NPS", "CSAT", "Support Tickets (90d)", "Escalations (90d)",
] as const satisfies readonly SampleColumn[];
export const ADOPTION_COLUMNS = [
  "Active Users", "Licensed Seats", "Feature Adoption", "Weekly Logins",
] as const satisfies readonly SampleColumn[];
export const OUTCOMES_COLUMNS = [
  "Goal Attainment", "Time Saved vs Target (%)", "Expansion",
] as const satisfies readonly SampleColumn[];

/** One exported row: every cell as the text that the CSV file contains. */
type SampleRow = Record<SampleColumn, string>;

/** The cells of some of the columns. */
type Cells<Column extends SampleColumn> = Record<Column, string>;

type Segment = "Enterprise" | "Mid-Market" | "SMB";

/**
 * The story behind an account. `steady` accounts have pillars that follow the latent health.
 * The others diverge on purpose, so that the divergence diagnoses have accounts to find.
 */
type Profile = "steady" | "talkWithoutResults" | "lockedInUnhappy" | "undervalued" | "championOnly" | "drifting";

/** Latent pillar scores on a standard-normal scale: 0 is a typical account, ±2 is rare. */
interface PillarLatents {
  readonly engagement: number;
  readonly satisfaction: number;
  readonly adoption: number;
  readonly outcomes: number;
}

interface Account {
  readonly index: number;
  readonly name: string;
  readonly segment: Segment;
  readonly csm: string;
  readonly profile: Profile;
  readonly latents: PillarLatents;
  readonly churned: boolean;
}

/**
 * Seeds of the independent random streams. Accounts, metrics and messes each draw from their
 * own stream, so a change to how the metrics are drawn leaves the names, owners, churn labels
 * and the placement of the messes unchanged.
 */
const SEEDS = {
  accounts: 0x5eed_0001,
  metrics: 0x5eed_0002,
  messes: 0x5eed_0003,
} as const;

// ---------------------------------------------------------------------------------------------
// Random numbers
// ---------------------------------------------------------------------------------------------

/** A seeded stream of random draws. */
interface Random {
  /** A uniform draw in [0, 1). */
  next(): number;
  /** A standard normal draw. */
  normal(): number;
  /** True with the given probability. */
  chance(probability: number): boolean;
  /** A uniform integer in [min, max]. */
  integer(min: number, max: number): number;
  /** A uniformly chosen element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** A Poisson draw with the given mean (Knuth's method, fine for small means). */
  poisson(mean: number): number;
}

/**
 * Creates a mulberry32 stream, a small 32-bit generator. It is not cryptographic, but its
 * uniform draws use only 32-bit integer arithmetic, so every JavaScript engine gives the same sequence.
 */
function createRandom(seed: number): Random {
  let state = seed >>> 0;

  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  return {
    next,
    normal: () => boxMuller(next),
    chance: (probability) => next() < probability,
    integer: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => pickFrom(items, next()),
    poisson: (mean) => knuthPoisson(mean, next),
  };
}

function boxMuller(next: () => number): number {
  const u = 1 - next();
  const v = next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function pickFrom<T>(items: readonly T[], draw: number): T {
  const item = items[Math.floor(draw * items.length)];
  if (item === undefined) throw new RangeError(`pick requires a non-empty list, received ${items.length} items`);
  return item;
}

function knuthPoisson(mean: number, next: () => number): number {
  const limit = Math.exp(-mean);
  let count = 0;
  let product = next();
  while (product > limit) {
    count += 1;
    product *= next();
  }
  return count;
}

/** Returns `count` distinct items of `items`, in a random order (a partial Fisher–Yates shuffle). */
function sampleWithoutReplacement<T>(random: Random, items: readonly T[], count: number): T[] {
  if (count > items.length) {
    throw new RangeError(`cannot draw ${count} distinct items from a list of ${items.length}`);
  }

  const pool = [...items];
  for (let i = 0; i < count; i += 1) {
    const j = random.integer(i, pool.length - 1);
    const swap = pool[i] as T;
    pool[i] = pool[j] as T;
    pool[j] = swap;
  }
  return pool.slice(0, count);
}

const logistic = (x: number): number => 1 / (1 + Math.exp(-x));
const clamp = (x: number, low: number, high: number): number => Math.min(high, Math.max(low, x));

// ---------------------------------------------------------------------------------------------
// Accounts: names, owners and latent health
// ---------------------------------------------------------------------------------------------

/** Syllables for invented company names ("Kestmere", "Oakholt"), so no name is a real company's. */
const NAME_STEMS = [
  "Alder", "Bram", "Corve", "Dun", "Ember", "Fen", "Gil", "Hollow", "Iver", "Jas", "Kest", "Lark",
  "Mar", "Nor", "Oak", "Pell", "Quen", "Ros", "Sel", "Tarn", "Ul", "Vesp", "Wren", "Yar", "Zel",
] as const;
const NAME_ENDINGS = [
  "brook", "crest", "dale", "field", "gate", "haven", "mere", "moor", "ridge", "stone", "vale",
  "wick", "ford", "holt", "shaw",
] as const;
const INDUSTRIES = [
  "Freight", "Analytics", "Dental Group", "Foods", "Robotics", "Learning", "Insurance",
  "Logistics", "Biotech", "Outfitters", "Energy", "Clinics", "Software", "Manufacturing", "Realty",
] as const;
/** Legal forms. Those with a comma make the name a quoted CSV field. */
const LEGAL_FORMS = ["Inc.", "LLC", "Ltd", "GmbH", "Co.", ", Inc.", ", LLC", "Group", "Partners"] as const;

/** Fictional CSMs. Enterprise accounts have their own team. */
const CSMS_BY_SEGMENT: Record<Segment, readonly string[]> = {
  Enterprise: ["Priya Raman", "Tomás Ortega", "Hannah Whitlock"],
  "Mid-Market": ["Marcus Bell", "Aiko Tanaka", "Leila Haddad", "Owen Fairley"],
  SMB: ["Sofia Lindqvist", "Jamal Carter", "Nina Petrova", "Ravi Menon", "Grace Oduya"],
};

/** Profile shares, in draw order. About three accounts in four are steady. */
const PROFILE_SHARES: readonly (readonly [Profile, number])[] = [
  ["talkWithoutResults", 0.06],
  ["lockedInUnhappy", 0.05],
  ["undervalued", 0.03],
  ["championOnly", 0.06],
  ["drifting", 0.06],
];

function drawSegment(random: Random): Segment {
  const draw = random.next();
  if (draw < 0.2) return "Enterprise";
  if (draw < 0.55) return "Mid-Market";
  return "SMB";
}

function drawProfile(random: Random): Profile {
  let draw = random.next();
  for (const [profile, share] of PROFILE_SHARES) {
    if (draw < share) return profile;
    draw -= share;
  }
  return "steady";
}

/** Draws a company name that is not in `takenNames`, and adds it there. */
function drawCompanyName(random: Random, takenNames: Set<string>): string {
  for (;;) {
    const stem = `${random.pick(NAME_STEMS)}${random.pick(NAME_ENDINGS)}`;
    const legalForm = random.pick(LEGAL_FORMS);
    const separator = legalForm.startsWith(",") ? "" : " ";
    const name = `${stem} ${random.pick(INDUSTRIES)}${separator}${legalForm}`;
    if (!takenNames.has(name)) {
      takenNames.add(name);
      return name;
    }
  }
}

/**
 * Draws the pillar latents. Each pillar follows the latent health (correlation about 0.75)
 * unless the profile pushes some pillars high or low on purpose.
 */
function drawLatents(random: Random, profile: Profile): PillarLatents {
  const health = random.normal();
  const follow = (): number => 0.75 * health + 0.66 * random.normal();
  const high = (): number => 1.3 + 0.4 * random.normal();
  const low = (): number => -1.5 + 0.4 * random.normal();

  const steady = { engagement: follow(), satisfaction: follow(), adoption: follow(), outcomes: follow() };
  switch (profile) {
    case "steady":
      return steady;
    case "talkWithoutResults":
      return { ...steady, engagement: high(), outcomes: low() };
    case "lockedInUnhappy":
      return { ...steady, adoption: high(), satisfaction: low() };
    case "undervalued":
      return { engagement: high(), satisfaction: low(), adoption: high(), outcomes: high() };
    case "championOnly":
      return { ...steady, engagement: high(), adoption: low() };
    case "drifting":
      return { ...steady, engagement: low() };
  }
}

/** Log-odds shift of churn by segment: small customers leave more easily. */
const CHURN_SHIFT_BY_SEGMENT: Record<Segment, number> = { Enterprise: -0.5, "Mid-Market": 0, SMB: 0.4 };

/**
 * Draws whether the account churned at its last renewal. The log-odds fall with a weighted
 * mix of the pillars. Outcomes and Satisfaction count most, and drifting accounts carry extra
 * risk. The intercept was tuned by hand: with these seeds, 65 of 400 accounts (16%) churn.
 */
function drawChurned(random: Random, segment: Segment, profile: Profile, latents: PillarLatents): boolean {
  const health =
    0.2 * latents.engagement + 0.25 * latents.satisfaction + 0.2 * latents.adoption + 0.35 * latents.outcomes;
  const driftRisk = profile === "drifting" ? 0.8 : 0;
  const logOdds = -2.3 - 2.2 * health + CHURN_SHIFT_BY_SEGMENT[segment] + driftRisk;
  return random.chance(logistic(logOdds));
}

function generateAccounts(): Account[] {
  const random = createRandom(SEEDS.accounts);
  const takenNames = new Set<string>();
  const accounts: Account[] = [];

  for (let index = 0; index < SAMPLE_ACCOUNT_COUNT; index += 1) {
    const segment = drawSegment(random);
    const profile = drawProfile(random);
    const latents = drawLatents(random, profile);
    accounts.push({
      index,
      name: drawCompanyName(random, takenNames),
      segment,
      csm: random.pick(CSMS_BY_SEGMENT[segment]),
      profile,
      latents,
      churned: drawChurned(random, segment, profile, latents),
    });
  }
  return accounts;
}

// ---------------------------------------------------------------------------------------------
// Metrics: one clean row per account
// ---------------------------------------------------------------------------------------------

/** Typical sizes by segment: licensed seats, ARR per seat, meetings, stakeholders and tickets. */
const SEGMENT_SCALE: Record<
  Segment,
  { seats: readonly [number, number]; arrPerSeat: number; meetings: number; stakeholders: number; tickets: number }
> = {
  Enterprise: { seats: [200, 2400], arrPerSeat: 420, meetings: 6, stakeholders: 4, tickets: 14 },
  "Mid-Market": { seats: [40, 300], arrPerSeat: 520, meetings: 4, stakeholders: 2.5, tickets: 7 },
  SMB: { seats: [5, 45], arrPerSeat: 640, meetings: 2.5, stakeholders: 1.5, tickets: 3 },
};

const MS_PER_DAY = 86_400_000;
const AS_OF_MS = Date.parse(`${SAMPLE_AS_OF}T00:00:00Z`);

/** Formats the date `days` after the as-of date (negative for earlier) as ISO yyyy-mm-dd. */
function isoDateFromAsOf(days: number): string {
  return new Date(AS_OF_MS + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Formats an integer with comma thousands separators ("12,400"), independent of the locale. */
function withThousandsSeparators(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function engagementCells(random: Random, account: Account): Cells<(typeof ENGAGEMENT_COLUMNS)[number]> {
  const scale = SEGMENT_SCALE[account.segment];
  const level = account.latents.engagement;
  const daysSinceContact = Math.round(clamp(Math.exp(2.8 - 0.9 * level + 0.35 * random.normal()), 0, 400));
  const stakeholders =
    account.profile === "championOnly" ? 1 : Math.max(1, Math.round(scale.stakeholders * Math.exp(0.35 * level + 0.2 * random.normal())));
  const responseHours = clamp(Math.exp(2.6 - 0.55 * level + 0.35 * random.normal()), 0.5, 240);

  return {
    "Last Contact Date": isoDateFromAsOf(-daysSinceContact),
    "Meetings Attended (90d)": String(Math.max(0, Math.round(scale.meetings * Math.exp(0.45 * level + 0.25 * random.normal())))),
    "Stakeholders in Calls": String(stakeholders),
    "Avg Response Time (hrs)": responseHours.toFixed(1),
  };
}

function satisfactionCells(random: Random, account: Account): Cells<(typeof SATISFACTION_COLUMNS)[number]> {
  const scale = SEGMENT_SCALE[account.segment];
  const level = account.latents.satisfaction;
  const nps = Math.round(clamp(25 + 38 * level + 15 * random.normal(), -100, 100));
  const csat = clamp(3.9 + 0.55 * level + 0.25 * random.normal(), 1, 5);
  const tickets = Math.round(scale.tickets * Math.exp(-0.35 * level + 0.3 * random.normal()));
  const escalations = random.poisson(Math.exp(-1.4 - 0.9 * level) * (scale.tickets / 7));

  return {
    NPS: String(nps),
    CSAT: csat.toFixed(1),
    "Support Tickets (90d)": String(tickets),
    "Escalations (90d)": String(escalations),
  };
}

/** Adoption cells, plus ARR, which follows the licensed seats. */
function adoptionCells(random: Random, account: Account): Cells<(typeof ADOPTION_COLUMNS)[number] | "ARR"> {
  const scale = SEGMENT_SCALE[account.segment];
  const level = account.latents.adoption;
  const seats = random.integer(scale.seats[0], scale.seats[1]);
  const activeUsers = Math.round(seats * logistic(0.7 + 0.9 * level + 0.3 * random.normal()));
  const loginsPerActiveUser = Math.exp(0.9 + 0.35 * level + 0.2 * random.normal());
  const featureShare = logistic(-0.1 + 0.9 * level + 0.35 * random.normal());
  const arr = Math.round((seats * scale.arrPerSeat * Math.exp(0.2 * random.normal())) / 100) * 100;

  return {
    ARR: String(arr),
    "Active Users": String(activeUsers),
    "Licensed Seats": withThousandsSeparators(seats),
    "Feature Adoption": `${Math.round(100 * featureShare)}%`,
    "Weekly Logins": String(Math.round(activeUsers * loginsPerActiveUser)),
  };
}

function outcomesCells(random: Random, account: Account): Cells<(typeof OUTCOMES_COLUMNS)[number]> {
  const level = account.latents.outcomes;
  const goalAttainment = Math.round(clamp(78 + 18 * level + 8 * random.normal(), 5, 140));
  const timeSaved = Math.round(clamp(85 + 22 * level + 12 * random.normal(), 0, 160));
  // Draw before checking churn, so the churn labels never shift the draws of later accounts.
  const expansionDrawn = random.chance(logistic(-1.6 + 1.1 * level));
  const expanded = expansionDrawn && !account.churned;

  return {
    "Goal Attainment": `${goalAttainment}%`,
    "Time Saved vs Target (%)": String(timeSaved),
    Expansion: expanded ? "Yes" : "No",
  };
}

/** Notes a CSM might have typed, by profile. Some contain commas or double quotes, which the CSV must quote. */
const NOTES_BY_PROFILE: Record<Profile, readonly string[]> = {
  steady: [
    "QBR went well, exploring the analytics add-on",
    "Renewal on track",
    "Asked about SSO; sent the setup guide",
    "Prefers email over calls",
    "Budget review in January, may trim seats",
    "New admin onboarded in October",
  ],
  talkWithoutResults: [
    "Weekly calls, but rollout milestones keep slipping",
    "Loves the team; ROI review postponed twice",
  ],
  lockedInUnhappy: [
    'Heavy usage, but complaints about "slow reports" since the migration',
    "Escalated a billing issue, resolved slowly",
  ],
  undervalued: [
    "Hitting targets, yet the sponsor says we are \"just a vendor\"",
    "Strong results, unhappy with support response times",
  ],
  championOnly: [
    "Only the sponsor logs in regularly, team not onboarded",
    "Champion is enthusiastic; wider rollout not started",
  ],
  drifting: [
    "No reply to the last three emails",
    "Sponsor left in Q3, new VP not yet engaged",
  ],
};

/** About half of the accounts have a note. */
function drawNote(random: Random, profile: Profile): string {
  return random.chance(0.5) ? random.pick(NOTES_BY_PROFILE[profile]) : "";
}

function accountId(index: number): string {
  return `ACC-${String(index + 1).padStart(4, "0")}`;
}

function renderRow(random: Random, account: Account): SampleRow {
  return {
    "Account ID": accountId(account.index),
    "Account Name": account.name,
    Segment: account.segment,
    CSM: account.csm,
    "Renewal Date": isoDateFromAsOf(random.integer(1, 365)),
    ...engagementCells(random, account),
    ...satisfactionCells(random, account),
    ...adoptionCells(random, account),
    ...outcomesCells(random, account),
    Churned: account.churned ? "Yes" : "No",
    Notes: drawNote(random, account.profile),
  };
}

// ---------------------------------------------------------------------------------------------
// Messes: the blanks, markers and typos of a real export, at fixed counts
// ---------------------------------------------------------------------------------------------

/** Number of accounts with almost no data, which a scorer should report as "insufficient data". */
const SPARSE_ACCOUNT_COUNT = 6;

/** Every column that feeds the health model. */
const METRIC_COLUMNS: readonly SampleColumn[] = [
  ...ENGAGEMENT_COLUMNS, ...SATISFACTION_COLUMNS, ...ADOPTION_COLUMNS, ...OUTCOMES_COLUMNS,
];

/** One kind of mess: write `text` into `column` of `count` distinct accounts. */
interface CellMess {
  readonly column: SampleColumn;
  readonly text: string | ((clean: string) => string);
  readonly count: number;
}

/** Formats a plain ARR number the way a finance sheet pasted into the export would ("$12,400"). */
const asCurrencyText = (clean: string): string => `$${withThousandsSeparators(Number(clean))}`;
const withSurroundingSpaces = (clean: string): string => ` ${clean} `;

/**
 * Per-column messes, applied in this order to accounts that are not sparse. No two messes hit
 * the same cell, so every count here is exact in the file. samples/README.md lists the same
 * counts, and test/sample checks them.
 */
const CELL_MESSES: readonly CellMess[] = [
  { column: "ARR", text: asCurrencyText, count: 36 },
  { column: "Last Contact Date", text: "", count: 12 },
  { column: "Meetings Attended (90d)", text: withSurroundingSpaces, count: 2 },
  { column: "Stakeholders in Calls", text: "unknown", count: 1 },
  { column: "Avg Response Time (hrs)", text: "-", count: 7 },
  { column: "Avg Response Time (hrs)", text: "TBD", count: 1 },
  { column: "NPS", text: "N/A", count: 14 },
  { column: "NPS", text: "", count: 6 },
  { column: "CSAT", text: "", count: 22 },
  { column: "CSAT", text: "n/a", count: 5 },
  { column: "Support Tickets (90d)", text: "", count: 4 },
  { column: "Feature Adoption", text: "", count: 9 },
  { column: "Weekly Logins", text: "pending", count: 1 },
  { column: "Goal Attainment", text: "-", count: 5 },
  { column: "Goal Attainment", text: "", count: 8 },
  { column: "Time Saved vs Target (%)", text: "", count: 30 },
  { column: "Time Saved vs Target (%)", text: "N/A", count: 6 },
  { column: "Expansion", text: "", count: 5 },
];

/** Accounts whose usage lookup failed in the spreadsheet the export came from: "#N/A" in both usage columns. */
const FAILED_LOOKUP_ACCOUNT_COUNT = 2;

/**
 * Blanks every metric of the sparse accounts, except that every second one keeps its
 * Engagement columns (as if only the CRM had them). Either way at most one pillar of four has
 * data, so coverage stays below the default minimum of 0.5.
 */
function blankSparseAccount(row: SampleRow, keepEngagement: boolean): void {
  const keptColumns: readonly SampleColumn[] = keepEngagement ? ENGAGEMENT_COLUMNS : [];
  for (const column of METRIC_COLUMNS) {
    if (keptColumns.includes(column)) continue;
    row[column] = "";
  }
}

/**
 * Applies every mess to `rows` in place. Cells already changed are not chosen again, so the
 * counts in CELL_MESSES are exact.
 */
function applyMesses(rows: SampleRow[]): void {
  const random = createRandom(SEEDS.messes);
  const allIndexes = rows.map((_, index) => index);

  const sparse = sampleWithoutReplacement(random, allIndexes, SPARSE_ACCOUNT_COUNT);
  sparse.forEach((index, order) => blankSparseAccount(rows[index] as SampleRow, order % 2 === 0));

  const complete = allIndexes.filter((index) => !sparse.includes(index));
  const changed = new Set<string>();
  const untouchedIn = (column: SampleColumn): number[] =>
    complete.filter((index) => !changed.has(`${index}:${column}`));
  const change = (index: number, column: SampleColumn, text: string): void => {
    const row = rows[index] as SampleRow;
    row[column] = text;
    changed.add(`${index}:${column}`);
  };

  for (const index of sampleWithoutReplacement(random, complete, FAILED_LOOKUP_ACCOUNT_COUNT)) {
    change(index, "Active Users", "#N/A");
    change(index, "Weekly Logins", "#N/A");
  }

  const zeroSeats = random.pick(untouchedIn("Active Users"));
  change(zeroSeats, "Licensed Seats", "0");

  for (const mess of CELL_MESSES) {
    for (const index of sampleWithoutReplacement(random, untouchedIn(mess.column), mess.count)) {
      const clean = (rows[index] as SampleRow)[mess.column];
      change(index, mess.column, typeof mess.text === "string" ? mess.text : mess.text(clean));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// CSV output
// ---------------------------------------------------------------------------------------------

/** Quotes a field when it contains a comma, a double quote or a line break (RFC 4180). */
function toCsvField(text: string): string {
  if (!/[",\r\n]/.test(text)) return text;
  return `"${text.replace(/"/g, '""')}"`;
}

function toCsvLine(cells: readonly string[]): string {
  return cells.map(toCsvField).join(",");
}

/**
 * Generates the sample portfolio as CSV text.
 *
 * The header is SAMPLE_COLUMNS, and each of the SAMPLE_ACCOUNT_COUNT data rows is one account.
 * The text is UTF-8 without a byte-order mark, with "\n" line endings and a final newline.
 * Calls return identical text, because the draws come from fixed seeds and nothing reads the clock.
 *
 * NOTE: ECMAScript lets engines approximate Math.exp, Math.log and Math.cos, so another engine
 * could differ in the last bit and, rarely, flip a rounded cell. The byte-for-byte test in
 * test/sample catches that.
 *
 * @returns the CSV text of samples/portfolio.csv.
 * @example generateSample().split("\n")[0] // "Account ID,Account Name,Segment,CSM,ARR,..."
 */
export function generateSample(): string {
  const metricsRandom = createRandom(SEEDS.metrics);
  const rows = generateAccounts().map((account) => renderRow(metricsRandom, account));
  applyMesses(rows);

  const lines = [toCsvLine(SAMPLE_COLUMNS), ...rows.map((row) => toCsvLine(SAMPLE_COLUMNS.map((column) => row[column])))];
  return `${lines.join("\n")}\n`;
}

/**
 * Finds the repository root: the nearest folder at or above `start` that contains
 * package.json. This works both from scripts/ (ts-jest) and from dist/cli/scripts/ (compiled).
 */
export function findRepositoryRoot(start: string): string {
  let folder = path.resolve(start);
  while (!fs.existsSync(path.join(folder, "package.json"))) {
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error(`No package.json found in ${start} or any folder above it.`);
    folder = parent;
  }
  return folder;
}

/** Returns the file that `npm run sample` writes when it receives no output path. */
export function defaultSamplePath(): string {
  return path.join(findRepositoryRoot(__dirname), "samples", "portfolio.csv");
}

/** Writes the sample to `outputPath`, creating its folder if needed, and returns the absolute path. */
export function writeSample(outputPath: string): string {
  const absolutePath = path.resolve(outputPath);
  fs.mkdirSync(path.dirname(absolutePath), { recursive: true });
  fs.writeFileSync(absolutePath, generateSample(), "utf8");
  return absolutePath;
}

if (require.main === module) {
  const written = writeSample(process.argv[2] ?? defaultSamplePath());
  console.log(`Wrote ${SAMPLE_ACCOUNT_COUNT} accounts to ${written}`);
}
