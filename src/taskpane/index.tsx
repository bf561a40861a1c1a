import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { OfficeWorkbook } from "../workbook/office";
import { App } from "./components/App";
import { readOfficeAuthor } from "./office-author";
import { createSuggestWorker } from "./validate/create-suggest-worker.mjs";
import { workerSuggestRunner } from "./validate";

/** Starts the task pane in Excel once Office.js is ready; the pane reaches the workbook only through the port. */
Office.onReady(() => {
  const container = document.getElementById("container");
  if (container === null) throw new Error("taskpane.html has no #container element");
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App port={new OfficeWorkbook()} readAuthor={readOfficeAuthor} suggestRunner={workerSuggestRunner(createSuggestWorker)} />
    </FluentProvider>,
  );
});
