import { Button, MessageBar, MessageBarBody, Spinner, Tab, TabList } from "@fluentui/react-components";
import { useState } from "react";
import { formatIssue } from "../../core/messages/issues";
import type { WorkbookPort } from "../../workbook/port";
import { messages } from "../messages";
import { usePaneState, type PaneOptions } from "../state/use-pane-state";
import type { PaneState } from "../state/pane-types";
import { AccountView } from "./AccountView";
import { ApplyView } from "./ApplyView";
import { MapView } from "./MapView";
import { usePaneStyles } from "./pane.styles";
import { ValidateView } from "./validate/ValidateView";
import { WeightsView } from "./WeightsView";

/** The pane's views, in tab order. */
export type PaneView = "map" | "weights" | "apply" | "account" | "validate";
const VIEWS: readonly PaneView[] = ["map", "weights", "apply", "account", "validate"];

/** Props of the task pane: the workbook it talks to, only through the port. */
export interface AppProps extends PaneOptions {
  readonly port: WorkbookPort;
  readonly initialView?: PaneView;
}

/** Renders the task pane: loads the workbook through the port, then shows the Map, Weights, Apply, Account and Validate views as tabs. */
export function App({ port, initialView = "map", ...options }: AppProps): JSX.Element {
  const styles = usePaneStyles();
  const state = usePaneState(port, options);
  const [view, setView] = useState<PaneView>(initialView);

  if (state.load.status === "loading") return <Spinner className={styles.root} label={messages.loading} />;
  if (state.load.status === "noData") return <p className={styles.root}>{messages.noData}</p>;
  if (state.load.status === "failed") return <p className={styles.root} role="alert">{messages.loadFailed(state.load.message)}</p>;

  return (
    <main className={styles.root}>
      <SavedModelNotice state={state} />
      <TabList aria-label={messages.tabListLabel} selectedValue={view} onTabSelect={(_, data) => setView(data.value as PaneView)} size="small">
        {VIEWS.map((name) => (
          <Tab key={name} value={name}>
            {messages.tabs[name]}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" aria-label={messages.tabs[view]}>
        {view === "map" && <MapView state={state} />}
        {view === "weights" && <WeightsView state={state} />}
        {view === "apply" && <ApplyView state={state} />}
        {view === "account" && <AccountView state={state} />}
        {view === "validate" && (
          <ValidateView
            state={state}
            onOpenAccount={(row) => {
              state.actions.selectRow(row);
              setView("account");
            }}
            onUseWeights={(weights) => {
              state.actions.loadWeights(weights);
              setView("weights");
            }}
          />
        )}
      </div>
    </main>
  );
}

/** Says where the model came from; a damaged or mismatched model sheet gets the reasons and a re-map button. */
function SavedModelNotice({ state }: { readonly state: PaneState }): JSX.Element | null {
  const styles = usePaneStyles();
  if (state.load.status !== "ready") return null;
  const saved = state.load.workbook.saved;
  const applied = state.apply.status === "finished" && state.apply.report.ok;
  if (applied) return <span className={styles.note}>{messages.saved.applied}</span>;
  if (saved.status === "restored") return <span className={styles.note}>{messages.saved.restored}</span>;
  if (saved.status === "missing") {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{messages.saved.missing}</MessageBarBody>
      </MessageBar>
    );
  }

  const lead = saved.status === "damaged" ? messages.saved.damaged : messages.saved.mismatch;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <span role="alert">{lead}</span>
        <ul>
          {saved.issues.slice(0, 5).map((issue, index) => (
            <li key={index}>{formatIssue(issue)}</li>
          ))}
        </ul>
        <Button size="small" onClick={state.actions.remap}>
          {messages.saved.remap}
        </Button>
      </MessageBarBody>
    </MessageBar>
  );
}
