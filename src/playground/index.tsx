import { FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import sampleCsv from "../../samples/portfolio.csv";
import { App } from "../taskpane/components/App";
import { workerSuggestRunner } from "../taskpane/validate";
import { createSuggestWorker } from "../taskpane/validate/create-suggest-worker.mjs";
import { HyperFormulaEvaluator } from "./hyperformula-evaluator";
import { playgroundMessages } from "./messages";
import { notifyingPort } from "./notifying-port";
import { SAMPLE_AS_OF, workbookFromCsv } from "./sample-workbook";
import { SheetGrid } from "./SheetGrid";

/** Runs the Validate view's weight search in a Web Worker, as the Excel pane does. */
const SUGGEST_RUNNER = workerSuggestRunner(createSuggestWorker);

/** The pane's width in Excel's default task pane, so the playground shows the layout users get. */
const PANE_WIDTH = "320px";

const usePlaygroundStyles = makeStyles({
  page: { display: "flex", height: "100vh", columnGap: tokens.spacingHorizontalM, padding: tokens.spacingHorizontalS, boxSizing: "border-box" },
  grid: { flexGrow: 1, minWidth: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  intro: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  pane: { width: PANE_WIDTH, minWidth: PANE_WIDTH, maxWidth: PANE_WIDTH, overflowY: "auto", borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

/** The playground: a grid of the in-memory workbook, loaded from the bundled sample, beside the task pane. */
function Playground(): JSX.Element {
  const styles = usePlaygroundStyles();
  const [version, setVersion] = useState(0);
  const workbook = useMemo(() => workbookFromCsv(sampleCsv, { evaluator: new HyperFormulaEvaluator() }), []);
  const port = useMemo(() => notifyingPort(workbook, () => setVersion((current) => current + 1)), [workbook]);

  return (
    <div className={styles.page}>
      <div className={styles.grid}>
        <p className={styles.intro}>{playgroundMessages.intro}</p>
        <SheetGrid workbook={workbook} version={version} />
      </div>
      <aside className={styles.pane} aria-label={playgroundMessages.pane}>
        <App port={port} asOf={SAMPLE_AS_OF} suggestRunner={SUGGEST_RUNNER} />
      </aside>
    </div>
  );
}

const container = document.getElementById("container");
if (container === null) throw new Error("playground.html has no #container element");
createRoot(container).render(
  <FluentProvider theme={webLightTheme}>
    <Playground />
  </FluentProvider>,
);
