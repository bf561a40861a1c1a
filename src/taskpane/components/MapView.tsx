import { Field, Input, MessageBar, MessageBarBody, Select } from "@fluentui/react-components";
import { useState } from "react";
import { formatIssue } from "../../core/messages/issues";
import { METHOD_KINDS, type Direction, type Metric, type MethodKind } from "../../core/model";
import { formatParameters } from "../../core/model-sheet";
import { PILLARS, isPillar } from "../../core/pillars";
import { defaultMethod, metricWithParameters, PICKABLE_ROLES, pillarsWithoutMetric, type ColumnMapping, type MappingRole } from "../mapping/column-mapping";
import { messages } from "../messages";
import type { PaneState } from "../state/pane-types";
import { usePaneStyles } from "./pane.styles";
import { RatioBuilder } from "./RatioBuilder";

/** Renders the Map view: every column with its role and metric settings, the ratio builder, and a note per pillar without a metric. */
export function MapView({ state }: { readonly state: PaneState }): JSX.Element {
  const styles = usePaneStyles();
  const { mapping, actions } = state;
  const headers = mapping.map((row) => row.column);
  const sheet = state.load.status === "ready" ? state.load.workbook.sheet : "";

  return (
    <div className={styles.section}>
      {pillarsWithoutMetric(mapping).map((pillar) => (
        <MessageBar key={pillar} intent="warning">
          <MessageBarBody>{messages.map.emptyPillar(pillar)}</MessageBarBody>
        </MessageBar>
      ))}
      <RatioBuilder mapping={mapping} numericColumns={state.numericColumns} onAdd={actions.addRatio} />
      <Field label={messages.map.revenueColumn}>
        <Select value={state.revenueColumn ?? ""} onChange={(_, data) => actions.setRevenueColumn(data.value === "" ? null : data.value)}>
          <option value="">{messages.map.noRevenue}</option>
          {headers.map((header) => (
            <option key={header} value={header}>{header}</option>
          ))}
        </Select>
      </Field>
      <h2 className={styles.heading}>{messages.map.heading(sheet)}</h2>
      {mapping.map((row) => (
        <ColumnCard key={row.column} row={row} state={state} />
      ))}
    </div>
  );
}

function ColumnCard({ row, state }: { readonly row: ColumnMapping; readonly state: PaneState }): JSX.Element {
  const styles = usePaneStyles();
  const label = (field: string): string => messages.map.columnLabel(row.column, field);
  const roles: readonly MappingRole[] = row.role === "denominator" ? [...PICKABLE_ROLES, "denominator"] : PICKABLE_ROLES;

  return (
    <section className={styles.card} aria-label={row.column}>
      <span className={styles.cardTitle}>{row.column}</span>
      <span className={styles.note}>{messages.map.sample(row.sample)}</span>
      {row.reason !== "" && <span className={styles.note}>{row.reason}</span>}
      <Select aria-label={label(messages.map.role)} value={row.role} onChange={(_, data) => state.actions.setRole(row.column, data.value as MappingRole)}>
        {roles.map((role) => (
          <option key={role} value={role}>{messages.roles[role]}</option>
        ))}
      </Select>
      {row.role === "denominator" && row.numeratorOf !== null && <span className={styles.note}>{messages.map.denominatorOf(row.numeratorOf)}</span>}
      {row.role === "metric" && row.metric !== null && <MetricEditor metric={row.metric} numericColumns={state.numericColumns} label={label} onChange={(metric) => state.actions.setMetric(row.column, metric)} />}
    </section>
  );
}

interface MetricEditorProps {
  readonly metric: Metric;
  /** The numeric columns, among which a metric switched to Ratio finds its starting denominator. */
  readonly numericColumns: readonly string[];
  readonly label: (field: string) => string;
  readonly onChange: (metric: Metric) => void;
}

/** Pillar, method, direction, weight and parameters of one metric; parameters use the model sheet's text form. */
function MetricEditor({ metric, numericColumns, label, onChange }: MetricEditorProps): JSX.Element {
  const styles = usePaneStyles();
  const [parameters, setParameters] = useState(formatParameters(metric.method));
  const [problem, setProblem] = useState<string | null>(null);
  const denominators = numericColumns.filter((column) => column !== metric.column);

  const changeMethod = (kind: MethodKind): void => {
    const method = defaultMethod(kind, denominators[0] ?? null);
    setParameters(formatParameters(method));
    setProblem(null);
    onChange({ ...metric, method });
  };
  const commitParameters = (): void => {
    const checked = metricWithParameters(metric, metric.method.kind, parameters);
    if (!checked.ok) {
      setProblem(checked.issues.map(formatIssue).join(" "));
      return;
    }
    setProblem(null);
    onChange(checked.value);
  };

  return (
    <div className={styles.row}>
      <Select className={styles.field} aria-label={label(messages.map.pillar)} value={metric.pillar} onChange={(_, data) => isPillar(data.value) && onChange({ ...metric, pillar: data.value })}>
        {PILLARS.map((pillar) => (
          <option key={pillar} value={pillar}>{pillar}</option>
        ))}
      </Select>
      <Select className={styles.field} aria-label={label(messages.map.method)} value={metric.method.kind} onChange={(_, data) => changeMethod(data.value as MethodKind)}>
        {METHOD_KINDS.map((kind) => (
          <option key={kind} value={kind}>{messages.methods[kind]}</option>
        ))}
      </Select>
      <Select className={styles.field} aria-label={label(messages.map.direction)} value={metric.direction} onChange={(_, data) => onChange({ ...metric, direction: data.value as Direction })}>
        <option value="higher">{messages.directions.higher}</option>
        <option value="lower">{messages.directions.lower}</option>
      </Select>
      <Input
        className={styles.field}
        type="number"
        min={0}
        step={0.5}
        aria-label={label(messages.map.weight)}
        value={String(metric.weight)}
        onChange={(_, data) => {
          const weight = Number(data.value);
          if (data.value !== "" && Number.isFinite(weight) && weight >= 0) onChange({ ...metric, weight });
        }}
      />
      {metric.method.kind !== "percentile" && metric.method.kind !== "zscore" ? (
        <Field className={styles.field} label={label(messages.map.parameters)} hint={messages.map.parametersHelp} {...(problem === null ? {} : { validationMessage: problem })}>
          <Input value={parameters} onChange={(_, data) => setParameters(data.value)} onBlur={commitParameters} onKeyDown={(event) => event.key === "Enter" && commitParameters()} />
        </Field>
      ) : null}
    </div>
  );
}
