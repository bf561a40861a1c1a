import { Button, Field, MessageBar, MessageBarBody, ProgressBar, Radio, RadioGroup } from "@fluentui/react-components";
import { formatIssue } from "../../core/messages/issues";
import { messages } from "../messages";
import type { ApplyState, PaneState } from "../state/pane-types";
import type { OutputMode } from "../apply";
import { usePaneStyles } from "./pane.styles";

/** Renders the Apply view: the output mode, the Apply button, a progress bar and the outcome. */
export function ApplyView({ state }: { readonly state: PaneState }): JSX.Element {
  const styles = usePaneStyles();
  const running = state.apply.status === "running";

  return (
    <div className={styles.section}>
      <h2 className={styles.heading}>{messages.apply.heading}</h2>
      <span className={styles.note}>{messages.apply.explain}</span>
      <Field label={messages.apply.mode}>
        <RadioGroup value={state.outputMode} onChange={(_, data) => state.actions.setOutputMode(data.value as OutputMode)}>
          <Radio value="formulas" label={messages.apply.formulas} />
          <Radio value="values" label={messages.apply.values} />
        </RadioGroup>
      </Field>
      <Button appearance="primary" disabled={running || state.draft === null} onClick={() => void state.actions.applyToWorkbook()}>
        {messages.apply.button}
      </Button>
      <ApplyOutcome apply={state.apply} />
      <ModelVersion state={state} />
    </div>
  );
}

/** Shows the version on the model sheet, its last change-log entry, and what applying now would save. */
function ModelVersion({ state }: { readonly state: PaneState }): JSX.Element {
  const styles = usePaneStyles();
  const { sheetModel, pendingChanges } = state;
  const last = sheetModel?.changeLog[sheetModel.changeLog.length - 1];
  const nextVersion = sheetModel === null ? Math.max(1, state.draft?.version ?? 1) : sheetModel.version + 1;

  return (
    <section className={styles.section} aria-label={messages.apply.versionHeading}>
      <h3 className={styles.heading}>{messages.apply.versionHeading}</h3>
      <span>{sheetModel === null ? messages.apply.noVersion : messages.apply.version(sheetModel.version)}</span>
      {last !== undefined && <span className={styles.note}>{messages.apply.lastChange(last.date, last.author, last.change)}</span>}
      {sheetModel !== null && (
        <span className={styles.note}>{pendingChanges.length === 0 ? messages.apply.noPending : messages.apply.pending(nextVersion, messages.changeLog.summary(pendingChanges))}</span>
      )}
    </section>
  );
}

function ApplyOutcome({ apply }: { readonly apply: ApplyState }): JSX.Element | null {
  const styles = usePaneStyles();
  if (apply.status === "idle") return null;
  if (apply.status === "running") {
    const progress = apply.progress;
    const share = progress === null || progress.totalRows === 0 ? undefined : progress.rowsWritten / progress.totalRows;
    return (
      <Field label={progress === null ? messages.apply.step.modelSheet : messages.apply.step[progress.step]} {...(progress === null ? {} : { hint: messages.apply.rows(progress.rowsWritten, progress.totalRows) })}>
        <ProgressBar aria-label={messages.apply.progressLabel} {...(share === undefined ? {} : { value: share })} />
      </Field>
    );
  }
  if (apply.status === "crashed") {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{apply.message}</MessageBarBody>
      </MessageBar>
    );
  }

  const { report } = apply;
  if (report.ok) {
    const cellIssues = report.issues.filter((issue) => "row" in issue).length;
    return (
      <MessageBar intent="success">
        <MessageBarBody>
          <span role="status">{messages.apply.done(report.rows, report.outputAddress, report.mode)}</span>
          {report.fallbackReason !== null && <span className={styles.note}> {messages.apply.fellBack[report.fallbackReason]}</span>}
          {cellIssues > 0 && <span className={styles.note}> {messages.apply.issues(cellIssues)}</span>}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const text =
    report.failedStep === null
      ? `${messages.apply.blocked} ${report.issues.map(formatIssue).join(" ")}`
      : messages.apply.failed(messages.apply.stepName[report.failedStep], report.completed.map((step) => messages.apply.stepName[step]), report.rowsWritten, report.message ?? "");
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        <span role="alert">{text}</span>
      </MessageBarBody>
    </MessageBar>
  );
}
