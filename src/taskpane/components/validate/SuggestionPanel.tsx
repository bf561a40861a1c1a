import { Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { WeightSuggestion } from "../../../core/backtest";
import { formatAuc, formatBacktestWarning, formatValidation } from "../../../core/messages/backtest";
import type { HealthModel } from "../../../core/model";
import { PILLARS, type PerPillar } from "../../../core/pillars";
import { messages } from "../../messages";
import type { SuggestionState } from "../../state/pane-types";
import { usePaneStyles } from "../pane.styles";

/** Props of the suggested-weights part of the Validate view. */
export interface SuggestionPanelProps {
  readonly state: SuggestionState;
  readonly model: HealthModel;
  /** False when there is no backtest to fit weights to. */
  readonly canSuggest: boolean;
  readonly onSuggest: () => void;
  readonly onUse: (weights: PerPillar<number>) => void;
}

/** Renders the weight search: its button and spinner, then the suggestion beside the current weights with its AUCs, validation and warnings. */
export function SuggestionPanel({ state, model, canSuggest, onSuggest, onUse }: SuggestionPanelProps): JSX.Element {
  const styles = usePaneStyles();
  const running = state.status === "running";

  return (
    <section className={styles.section} aria-label={messages.validate.suggestHeading}>
      <h3 className={styles.heading}>{messages.validate.suggestHeading}</h3>
      <span className={styles.note}>{messages.validate.suggestExplain}</span>
      <Button disabled={!canSuggest || running} onClick={onSuggest}>
        {messages.validate.suggest}
      </Button>
      {running && <Spinner size="small" label={messages.validate.suggesting} />}
      {state.status === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{messages.validate.suggestFailed(state.message)}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "done" && <SuggestionResult suggestion={state.suggestion} model={model} onUse={onUse} />}
    </section>
  );
}

function SuggestionResult({ suggestion, model, onUse }: { readonly suggestion: WeightSuggestion; readonly model: HealthModel; readonly onUse: (weights: PerPillar<number>) => void }): JSX.Element {
  const styles = usePaneStyles();
  const { suggested, current, inSample, outOfSample } = suggestion;
  const auc = (value: number | null | undefined): string => (value === null || value === undefined ? messages.validate.noAuc : formatAuc(value));
  const number = `${styles.cell} ${styles.number}`;

  return (
    <>
      {suggested === null && <span className={styles.note}>{messages.validate.noSuggestion}</span>}
      <table className={styles.table}>
        <caption className={styles.note}>{messages.validate.weightsCaption}</caption>
        <thead>
          <tr>
            <th className={styles.cell} scope="col">{messages.validate.pillar}</th>
            <th className={number} scope="col">{messages.validate.current}</th>
            <th className={number} scope="col">{messages.validate.suggested}</th>
          </tr>
        </thead>
        <tbody>
          {PILLARS.map((pillar) => (
            <tr key={pillar}>
              <th className={styles.cell} scope="row">{pillar}</th>
              <td className={number}>{messages.formatWeight(current[pillar])}</td>
              <td className={number}>{suggested === null ? messages.validate.noAuc : messages.formatCount(suggested[pillar])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className={styles.table}>
        <caption className={styles.note}>{messages.validate.aucComparisonCaption}</caption>
        <thead>
          <tr>
            <th className={styles.cell} scope="col">{messages.validate.auc}</th>
            <th className={number} scope="col">{messages.validate.current}</th>
            <th className={number} scope="col">{messages.validate.suggested}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th className={styles.cell} scope="row">{messages.validate.inSample}</th>
            <td className={number}>{auc(inSample.current?.auc)}</td>
            <td className={number}>{auc(inSample.suggested?.auc)}</td>
          </tr>
          <tr>
            <th className={styles.cell} scope="row">{messages.validate.outOfSample(outOfSample.foldsMeasured)}</th>
            <td className={number}>{auc(outOfSample.current)}</td>
            <td className={number}>{auc(outOfSample.suggested)}</td>
          </tr>
        </tbody>
      </table>
      <span className={styles.note}>{formatValidation(suggestion.validation)}</span>
      {model.missingPolicy !== "redistribute" && <span className={styles.note}>{messages.validate.redistributes}</span>}
      {Object.keys(model.segmentWeights).length > 0 && <span className={styles.note}>{messages.validate.segmentsIgnored}</span>}
      {suggestion.warnings.map((warning) => (
        <MessageBar key={warning.code} intent="warning" layout="multiline">
          <MessageBarBody>{formatBacktestWarning(warning)}</MessageBarBody>
        </MessageBar>
      ))}
      {suggested !== null && (
        <Button appearance="primary" onClick={() => onUse(suggested)}>
          {messages.validate.useSuggested}
        </Button>
      )}
    </>
  );
}
