/** The text the playground page shows around the pane and the grid. */
export const playgroundMessages = {
  title: "Health Model playground",
  intro: "The task pane on the right talks to the in-memory workbook on the left through the same port it uses in Excel. Click a row number to select an account.",
  sheets: "Sheets",
  sheetGrid: (sheet: string) => `Sheet ${sheet}`,
  selectRow: (row: number) => `Select row ${row}`,
  pane: "Task pane",
} as const;
