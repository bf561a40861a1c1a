import { Field, Link, MessageBar, MessageBarBody, Radio, RadioGroup, Select } from "@fluentui/react-components";
import type { OutcomePolarity } from "../../../core/backtest";
import { formatAuc, formatBacktestWarning, formatLiftUnavailable } from "../../../core/messages/backtest";
import type { Bands } from "../../../core/model";
import { PILLARS, type PerPillar } from "../../../core/pillars";
import { messages } from "../../messages";
import type { PaneState } from "../../state/pane-types";
import type { DraftBacktest } from "../../validate";
import { usePaneStyles } from "../pane.styles";
import { ChurnRateChart } from "./ChurnRateChart";
import { SuggestionPanel } from "./SuggestionPanel";
import { useValidateStyles } from "./validate.styles";

/** Props of the Validate view. */
export interface ValidateViewProps {
  readonly state: PaneState;
  /** Shows an account (by sheet row) in the Account view. */
  readonly onOpenAccount: (row: number) => void;
  /** Loads suggested weights into the Weights view, unapplied. */
  readonly onUseWeights: (weights: PerPillar<number>) => void;
}

/**
 * Renders the Validate view: the outcome column and its polarity, then the backtest of the draft
 * (AUC per score, churn rate per band, lift, the Healthy accounts that churned) and the
 * suggested weights. It reads and advises; only "Use suggested weights" changes the draft.
 */
export function ValidateView({ state, onOpenAccount, onUseWeights }: ValidateViewProps): JSX.Element | null {
  const styles = usePaneStyles();
  const { validation, draft } = state;
  if (draft === null) return null;

  return (
    <div className={styles.section}>
      <h2 className={styles.heading}>{messages.validate.heading}</h2>
      <span className={styles.note}>{messages.validate.explain}</span>
      <Field label={messages.validate.column}>
        <Select value={validation.column ?? ""} onChange={(_, data) => validation.setColumn(data.value === "" ? null : data.value)}>
          <option value="">{messages.validate.pickColumn}</option>
          {validation.columns.map((column) => (
            <option key={column} value={column}>{column}</option>
          ))}
        </Select>
      </Field>
      {validation.column !== null && (
        <Field label={messages.validate.polarity}>
          <RadioGroup value={validation.polarity} onChange={(_, data) => validation.setPolarity(data.value as OutcomePolarity)}>
            <Radio value="churn" label={messages.validate.polarities.churn} />
            <Radio value="renewal" label={messages.validate.polarities.renewal} />
          </RadioGroup>
        </Field>
      )}
      {validation.backtest === null ? (
        <span className={styles.note}>{messages.validate.noColumn}</span>
      ) : (
        <BacktestReportView backtest={validation.backtest} bands={draft.bands} accountNames={state.accountNames} firstRowNumber={state.firstRowNumber} onOpenAccount={onOpenAccount} />
      )}
      <SuggestionPanel state={validation.suggestion} model={draft} canSuggest={validation.backtest !== null} onSuggest={validation.suggest} onUse={onUseWeights} />
    </div>
  );
}

interface BacktestReportViewProps {
  readonly backtest: DraftBacktest;
  readonly bands: Bands;
  readonly accountNames: readonly (string | null)[];
  readonly firstRowNumber: number;
  readonly onOpenAccount: (row: number) => void;
}

function BacktestReportView({ backtest, bands, accountNames, firstRowNumber, onOpenAccount }: BacktestReportViewProps): JSX.Element {
  const styles = usePaneStyles();
  const validateStyles = useValidateStyles();
  const { report, excludedLabels } = backtest;
  const { counts } = report;
  const rows: readonly [string, typeof report.composite][] = [[messages.validate.healthScore, report.composite], ...PILLARS.map((pillar): [string, typeof report.composite] => [pillar, report.pillars[pillar]])];
  const number = `${styles.cell} ${styles.number}`;

  return (
    <section className={styles.section} aria-label={messages.validate.heading}>
      <p className={styles.note} role="status">
        {messages.validate.counts(counts.churned, counts.retained)} {messages.validate.leftOut(counts.unscored, counts.missing, counts.excluded)}
        {excludedLabels.size > 0 ? ` ${messages.validate.excludedValues([...excludedLabels])}` : ""}
      </p>
      {report.warnings.map((warning) => (
        <MessageBar key={warning.code} intent="warning" layout="multiline">
          <MessageBarBody className={validateStyles.warning}>{formatBacktestWarning(warning)}</MessageBarBody>
        </MessageBar>
      ))}
      <table className={styles.table}>
        <caption className={styles.note}>{messages.validate.aucCaption}</caption>
        <thead>
          <tr>
            <th className={styles.cell} scope="col">{messages.validate.score}</th>
            <th className={number} scope="col">{messages.validate.auc}</th>
            <th className={number} scope="col">{messages.validate.standardError}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, estimate]) => (
            <tr key={name}>
              <th className={styles.cell} scope="row">{name}</th>
              <td className={number}>{estimate === null ? messages.validate.noAuc : formatAuc(estimate.auc)}</td>
              <td className={number}>{estimate === null ? "" : formatAuc(estimate.standardError)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ChurnRateChart churn={report.bands} bands={bands} />
      <p className={styles.note}>
        {report.lift.ratio === null ? formatLiftUnavailable(report.lift.unavailable, bands) : messages.validate.lift(report.lift.ratio, bands.labels.atRisk, bands.labels.healthy)}
      </p>
      <h3 className={styles.heading}>{messages.validate.healthyChurnedHeading(bands.labels.healthy)}</h3>
      {report.healthyChurned.length === 0 ? (
        <span className={styles.note}>{messages.validate.noHealthyChurned(bands.labels.healthy)}</span>
      ) : (
        <ul className={validateStyles.accounts} aria-label={messages.validate.healthyChurnedHeading(bands.labels.healthy)}>
          {report.healthyChurned.map((index) => {
            const row = firstRowNumber + index;
            const name = accountNames[index] ?? messages.account.row(row);
            return (
              <li key={index}>
                <Link as="button" className={validateStyles.accountLink} aria-label={messages.validate.openAccount(name)} onClick={() => onOpenAccount(row)}>
                  {name}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
