import { Button, Field, Input, MessageBar, MessageBarBody, Select, Slider } from "@fluentui/react-components";
import { formatIssue } from "../../core/messages/issues";
import { MISSING_POLICIES, type MissingPolicy } from "../../core/model";
import { PILLARS, type Pillar } from "../../core/pillars";
import { useState } from "react";
import { messages } from "../messages";
import { bandText } from "../preview";
import type { PaneState } from "../state/pane-types";
import { WEIGHT_PRESET_KEYS } from "../weights/presets";
import { segmentWeightKey, weightsForSegment } from "../weights/segments";
import { usePaneStyles } from "./pane.styles";

/** How many band changes the preview lists before it summarises the rest. */
const LISTED_CHANGES = 8;

/**
 * Renders the Weights view: the weight set to edit (all accounts or a segment), sliders and
 * inputs that total 100, presets, policy and thresholds, and the live preview.
 */
export function WeightsView({ state }: { readonly state: PaneState }): JSX.Element | null {
  const styles = usePaneStyles();
  const { draft, actions } = state;
  if (draft === null) return null;
  const weights = weightsForSegment(draft, state.weightSet);
  const total = PILLARS.reduce((sum, pillar) => sum + weights[pillar], 0);

  return (
    <div className={styles.section}>
      <h2 className={styles.heading}>{messages.weights.heading}</h2>
      <span className={styles.note}>{messages.weights.rule}</span>
      {state.suggestedWeightsLoaded && (
        <MessageBar intent="info">
          <MessageBarBody>{messages.weights.suggestedLoaded}</MessageBarBody>
        </MessageBar>
      )}
      <WeightSetPicker state={state} />
      <div className={styles.row} role="group" aria-label={messages.weights.presets}>
        {WEIGHT_PRESET_KEYS.map((preset) => (
          <Button key={preset} size="small" onClick={() => actions.usePreset(preset)}>
            {messages.presets[preset]}
          </Button>
        ))}
      </div>
      {PILLARS.map((pillar) => (
        <div key={pillar} className={styles.row}>
          <Field className={styles.field} label={pillar}>
            <Slider aria-label={messages.weights.slider(pillar)} min={0} max={100} step={1} value={weights[pillar]} onChange={(_, data) => actions.setWeight(pillar, data.value)} />
          </Field>
          <WeightInput pillar={pillar} value={weights[pillar]} onCommit={(value) => actions.setWeight(pillar, value)} />
        </div>
      ))}
      <span className={styles.note}>{messages.weights.total(total)}</span>
      <Field label={messages.weights.policy}>
        <Select value={draft.missingPolicy} onChange={(_, data) => actions.setPolicy(data.value as MissingPolicy)}>
          {MISSING_POLICIES.map((policy) => (
            <option key={policy} value={policy}>{messages.policies[policy]}</option>
          ))}
        </Select>
      </Field>
      <ThresholdInputs state={state} />
      <Preview state={state} />
    </div>
  );
}

/**
 * The number input beside a weight slider. It keeps the typed text until Enter or leaving the
 * field, so typing "55" does not rebalance the other pillars at "5" first.
 */
function WeightInput({ pillar, value, onCommit }: { readonly pillar: Pillar; readonly value: number; readonly onCommit: (value: number) => void }): JSX.Element {
  const styles = usePaneStyles();
  const [text, setText] = useState<string | null>(null);
  const commit = (): void => {
    if (text !== null && text.trim() !== "" && Number.isFinite(Number(text))) onCommit(Number(text));
    setText(null);
  };

  return (
    <Input
      className={styles.weightInput}
      type="number"
      min={0}
      max={100}
      aria-label={messages.weights.input(pillar)}
      value={text ?? String(value)}
      onChange={(_, data) => setText(data.value)}
      onBlur={commit}
      onKeyDown={(event) => event.key === "Enter" && commit()}
    />
  );
}

/** Picks the weight set the sliders edit; shown only when a segment column is mapped. */
function WeightSetPicker({ state }: { readonly state: PaneState }): JSX.Element | null {
  const styles = usePaneStyles();
  const { draft, segments, weightSet, actions } = state;
  if (draft === null || segments.length === 0) return null;
  const hasOwn = (segment: string): boolean => segmentWeightKey(draft.segmentWeights, segment) !== null;

  return (
    <div className={styles.section}>
      <Field label={messages.weights.weightSet}>
        <Select value={weightSet ?? ""} onChange={(_, data) => actions.selectWeightSet(data.value === "" ? null : data.value)}>
          <option value="">{messages.weights.allAccounts}</option>
          {segments.map((segment) => (
            <option key={segment} value={segment}>{messages.weights.segmentOption(segment, hasOwn(segment))}</option>
          ))}
        </Select>
      </Field>
      {weightSet !== null && <span className={styles.note}>{hasOwn(weightSet) ? messages.weights.ownSet(weightSet) : messages.weights.usesPortfolio(weightSet)}</span>}
      {weightSet !== null && hasOwn(weightSet) && (
        <Button size="small" onClick={() => actions.usePortfolioWeights(weightSet)}>
          {messages.weights.usePortfolio}
        </Button>
      )}
    </div>
  );
}

function ThresholdInputs({ state }: { readonly state: PaneState }): JSX.Element | null {
  const styles = usePaneStyles();
  const draft = state.draft;
  if (draft === null) return null;
  const { healthy, watch } = draft.bands;
  const setThreshold = (which: "healthy" | "watch", text: string): void => {
    const value = Number(text);
    if (text === "" || !Number.isFinite(value) || value < 0 || value > 100) return;
    if (which === "healthy") state.actions.setThresholds(value, watch);
    else state.actions.setThresholds(healthy, value);
  };

  return (
    <div className={styles.row}>
      <Field className={styles.field} label={messages.weights.healthy} {...(watch < healthy ? {} : { validationMessage: messages.weights.invalidThresholds })}>
        <Input type="number" min={0} max={100} value={String(healthy)} onChange={(_, data) => setThreshold("healthy", data.value)} />
      </Field>
      <Field className={styles.field} label={messages.weights.watch}>
        <Input type="number" min={0} max={100} value={String(watch)} onChange={(_, data) => setThreshold("watch", data.value)} />
      </Field>
      <Field className={styles.field} label={messages.weights.minCoverage}>
        <Input
          type="number"
          min={0}
          max={100}
          value={String(Math.round(draft.minCoverage * 100))}
          onChange={(_, data) => data.value !== "" && Number(data.value) >= 0 && Number(data.value) <= 100 && state.actions.setMinCoverage(Number(data.value) / 100)}
        />
      </Field>
    </div>
  );
}

/** The live preview: accounts per band (saved and draft), the accounts that change band, and driver counts. */
function Preview({ state }: { readonly state: PaneState }): JSX.Element | null {
  const styles = usePaneStyles();
  const { scores, draft } = state;
  if (scores === null || draft === null) return null;
  if (!scores.ok) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          {messages.preview.notScored} {scores.issues.map(formatIssue).join(" ")}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const { preview } = scores;
  const label = (band: Parameters<typeof bandText>[0]): string => bandText(band, draft.bands, messages.preview.insufficient);

  return (
    <section className={styles.section} aria-label={messages.preview.heading}>
      <h2 className={styles.heading}>{messages.preview.heading}</h2>
      <table className={styles.table}>
        <caption className={styles.note}>{messages.preview.bandsCaption}</caption>
        <thead>
          <tr>
            <th className={styles.cell} scope="col">{messages.preview.band}</th>
            <th className={`${styles.cell} ${styles.number}`} scope="col">{messages.preview.saved}</th>
            <th className={`${styles.cell} ${styles.number}`} scope="col">{messages.preview.draft}</th>
          </tr>
        </thead>
        <tbody>
          {preview.bands.map((row) => (
            <tr key={row.band ?? "insufficient"}>
              <th className={styles.cell} scope="row">{label(row.band)}</th>
              <td className={`${styles.cell} ${styles.number}`}>{messages.formatCount(row.saved)}</td>
              <td className={`${styles.cell} ${styles.number}`}>{messages.formatCount(row.draft)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p role="status" className={styles.note}>
        {messages.preview.changes(preview.changes.length, preview.movedUp, preview.movedDown)}
        {preview.changedRevenue !== null && state.revenueColumn !== null && preview.changes.length > 0 ? ` ${messages.preview.changedRevenue(preview.changedRevenue, state.revenueColumn)}` : ""}
      </p>
      {preview.changes.length > 0 && (
        <table className={styles.table}>
          <caption className={styles.note}>{messages.preview.changesCaption}</caption>
          <thead>
            <tr>
              <th className={styles.cell} scope="col">{messages.preview.account}</th>
              <th className={styles.cell} scope="col">{messages.preview.from}</th>
              <th className={styles.cell} scope="col">{messages.preview.to}</th>
              {preview.changedRevenue !== null && <th className={`${styles.cell} ${styles.number}`} scope="col">{messages.preview.revenue}</th>}
            </tr>
          </thead>
          <tbody>
            {preview.changes.slice(0, LISTED_CHANGES).map((change) => (
              <tr key={change.row}>
                <th className={styles.cell} scope="row">{change.account ?? messages.preview.row(change.row)}</th>
                <td className={styles.cell}>{label(change.from)}</td>
                <td className={styles.cell}>{label(change.to)}</td>
                {preview.changedRevenue !== null && <td className={`${styles.cell} ${styles.number}`}>{change.revenue === null ? "" : messages.formatCount(change.revenue)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {preview.changes.length > LISTED_CHANGES && <span className={styles.note}>{messages.preview.moreChanges(preview.changes.length - LISTED_CHANGES)}</span>}
      <table className={styles.table}>
        <caption className={styles.note}>{messages.preview.driversCaption}</caption>
        <thead>
          <tr>
            <th className={styles.cell} scope="col">{messages.preview.pillar}</th>
            <th className={`${styles.cell} ${styles.number}`} scope="col">{messages.preview.saved}</th>
            <th className={`${styles.cell} ${styles.number}`} scope="col">{messages.preview.draft}</th>
          </tr>
        </thead>
        <tbody>
          {preview.drivers.map((row) => (
            <tr key={row.pillar}>
              <th className={styles.cell} scope="row">{row.pillar}</th>
              <td className={`${styles.cell} ${styles.number}`}>{messages.formatCount(row.saved)}</td>
              <td className={`${styles.cell} ${styles.number}`}>{messages.formatCount(row.draft)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
