import { makeStyles, tokens } from "@fluentui/react-components";
import type { AccountAssessment } from "../../core/account";
import { TABLE_NAMES } from "../../core/model-sheet";
import type { Bands } from "../../core/model";
import { DIAGNOSIS_NAMES } from "../../core/messages/explanation";
import { gapCell } from "../../core/outputs";
import { PILLARS } from "../../core/pillars";
import { messages } from "../messages";
import { bandText } from "../preview";
import type { PaneState } from "../state/pane-types";
import { usePaneStyles } from "./pane.styles";

const useChartStyles = makeStyles({
  chart: { width: "100%", height: "auto", display: "block" },
  bar: { fill: tokens.colorBrandBackground },
  missing: { fill: tokens.colorNeutralForeground3, fontStyle: "italic" },
  track: { fill: tokens.colorNeutralBackground3 },
  threshold: { stroke: tokens.colorNeutralStroke1, strokeDasharray: "3 2" },
  text: { fill: tokens.colorNeutralForeground1, fontSize: "12px", fontFamily: tokens.fontFamilyBase },
  facts: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  pair: { display: "contents" },
  term: { color: tokens.colorNeutralForeground3 },
  detail: { margin: 0, overflowWrap: "anywhere" },
});

/**
 * Renders the Account view: the selected row's pillar scores as bars, then its score, band,
 * driver, gap, diagnosis and explanation, and an active override beside the computed values.
 */
export function AccountView({ state }: { readonly state: PaneState }): JSX.Element {
  const styles = usePaneStyles();
  const chart = useChartStyles();
  const row = state.selectedRow;
  const accounts = state.scores?.ok === true ? state.scores.accounts : [];
  const index = row === null ? -1 : row - state.firstRowNumber;
  const account = accounts[index];

  if (row === null) return <p className={styles.note}>{messages.account.pick}</p>;
  if (account === undefined || state.draft === null) return <p className={styles.note}>{messages.account.notData(row)}</p>;

  const name = state.accountNames[index] ?? messages.account.row(row);
  const facts: readonly [string, string][] = [
    [messages.account.score, account.composite === null ? messages.preview.insufficient : messages.formatScore(account.composite)],
    [messages.account.band, bandText(account.band, state.draft.bands, messages.preview.insufficient)],
    [messages.account.driver, account.driver ?? messages.account.none],
    [messages.account.gap, formatGap(account)],
    [messages.account.coverage, messages.formatPercent(account.coverage)],
    [messages.account.diagnosis, account.diagnoses.length === 0 ? messages.account.none : account.diagnoses.map((diagnosis) => DIAGNOSIS_NAMES[diagnosis]).join("; ")],
  ];

  return (
    <section className={styles.section} aria-label={name}>
      <h2 className={styles.heading}>{name}</h2>
      <PillarChart account={account} healthy={state.draft.bands.healthy} />
      <dl className={chart.facts}>
        {facts.map(([term, detail]) => (
          <div key={term} className={chart.pair}>
            <dt className={chart.term}>{term}</dt>
            <dd className={chart.detail}>{detail}</dd>
          </div>
        ))}
      </dl>
      {account.override !== undefined && <OverrideFacts account={account} bands={state.draft.bands} />}
      <h3 className={styles.heading}>{messages.account.explanation}</h3>
      <p className={chart.detail} aria-label={messages.account.explanation}>
        {account.explanation}
      </p>
      <span className={styles.note}>{messages.account.overrideWhere(TABLE_NAMES.overrides)}</span>
    </section>
  );
}

/** Lists an active override: the band and score it shows, the computed ones beside them, who set it, why and until when. */
function OverrideFacts({ account, bands }: { readonly account: AccountAssessment; readonly bands: Bands }): JSX.Element | null {
  const styles = usePaneStyles();
  const chart = useChartStyles();
  const applied = account.override;
  if (applied === undefined) return null;

  const score = (value: number | null): string => (value === null ? messages.preview.insufficient : messages.formatScore(value));
  const facts: readonly [string, string][] = [
    [messages.account.overrideBand, bandText(account.band, bands, messages.preview.insufficient)],
    [messages.account.computedBand, bandText(applied.computedBand, bands, messages.preview.insufficient)],
    [messages.account.overrideScore, score(account.composite)],
    [messages.account.computedScore, score(applied.computedComposite)],
    [messages.account.overrideOwner, applied.override.owner],
    [messages.account.overrideReason, applied.override.reason],
    [messages.account.overrideUntil, applied.override.expires],
  ];

  return (
    <section className={styles.card} aria-label={messages.account.overrideHeading}>
      <span className={styles.cardTitle}>{messages.account.overrideHeading}</span>
      <dl className={chart.facts}>
        {facts.map(([term, detail]) => (
          <div key={term} className={chart.pair}>
            <dt className={chart.term}>{term}</dt>
            <dd className={chart.detail}>{detail}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function formatGap(account: AccountAssessment): string {
  const cell = gapCell(account);
  if (cell === "") return messages.account.none;
  return typeof cell === "number" ? `+${messages.formatScore(cell)}` : cell;
}

/** Four horizontal bars on a 0–100 scale with a dashed line at the Healthy threshold. */
function PillarChart({ account, healthy }: { readonly account: AccountAssessment; readonly healthy: number }): JSX.Element {
  const chart = useChartStyles();
  const labelWidth = 90;
  const barWidth = 170;
  const rowHeight = 26;
  const x = (score: number): number => labelWidth + (barWidth * score) / 100;

  return (
    <svg className={chart.chart} viewBox={`0 0 ${labelWidth + barWidth + 40} ${rowHeight * PILLARS.length + 4}`} role="img" aria-label={messages.account.chartLabel}>
      {PILLARS.map((pillar, index) => {
        const score = account.pillars[index] ?? null;
        const y = index * rowHeight + 4;
        return (
          <g key={pillar}>
            <title>{`${pillar}: ${score === null ? messages.account.noData : messages.formatScore(score)}`}</title>
            <text className={chart.text} x={0} y={y + 14}>{pillar}</text>
            <rect className={chart.track} x={labelWidth} y={y} width={barWidth} height={18} rx={2} />
            {score !== null && <rect className={chart.bar} x={labelWidth} y={y} width={x(score) - labelWidth} height={18} rx={2} />}
            <text className={score === null ? `${chart.text} ${chart.missing}` : chart.text} x={labelWidth + barWidth + 4} y={y + 14}>
              {score === null ? messages.account.noData : messages.formatScore(score)}
            </text>
          </g>
        );
      })}
      <line className={chart.threshold} x1={x(healthy)} x2={x(healthy)} y1={0} y2={rowHeight * PILLARS.length + 4} />
    </svg>
  );
}
