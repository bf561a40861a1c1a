import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { columnName, parseArea } from "../workbook/addresses";
import type { MemoryWorkbook } from "../workbook/memory";
import type { ReadCell, TableSnapshot } from "../workbook/port";
import { playgroundMessages } from "./messages";

const useGridStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minWidth: 0, minHeight: 0, height: "100%" },
  scroller: { overflow: "auto", flexGrow: 1, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  header: { position: "sticky", top: 0, backgroundColor: tokens.colorNeutralBackground3, zIndex: 1 },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    whiteSpace: "nowrap",
    maxWidth: "240px",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  rowHeader: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, textAlign: "right", cursor: "pointer" },
  rowButton: { border: "none", background: "none", padding: 0, color: "inherit", font: "inherit", cursor: "pointer" },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** Formats a cell by its number format, for the formats the pane writes ("0.0", "0%"). The raw value stays in `data-value`. */
function displayValue(value: ReadCell, format: string): string {
  if (typeof value === "object") return value.error;
  if (typeof value !== "number") return String(value);
  if (format === "0.0") return value.toFixed(1);
  if (format === "0%") return `${Math.round(value * 100)}%`;
  return String(value);
}

/** A read-only grid of one sheet of the in-memory workbook, read through the port after each change; clicking a row selects it. */
export function SheetGrid({ workbook, version }: { readonly workbook: MemoryWorkbook; readonly version: number }): JSX.Element {
  const styles = useGridStyles();
  const [sheets, setSheets] = useState<string[]>([]);
  const [sheet, setSheet] = useState<string | null>(null);
  const [snapshot, setSnapshot] = useState<TableSnapshot | null>(null);
  const [selectedRow, setSelectedRow] = useState<number | null>(null);

  useEffect(() => {
    void workbook.listSheets().then((names) => {
      setSheets(names);
      setSheet((current) => current ?? names[0] ?? null);
    });
  }, [workbook, version]);

  useEffect(() => {
    if (sheet === null) return;
    void workbook.readUsedRange(sheet).then(setSnapshot);
  }, [workbook, sheet, version]);

  const area = snapshot === null ? null : parseArea(snapshot.address);
  const rows = snapshot === null ? [] : [snapshot.headers, ...snapshot.rows];
  const select = (rowNumber: number): void => {
    if (sheet === null) return;
    setSelectedRow(rowNumber);
    workbook.select(sheet, `A${rowNumber}`);
  };

  return (
    <div className={styles.root}>
      <TabList aria-label={playgroundMessages.sheets} selectedValue={sheet ?? ""} onTabSelect={(_, data) => setSheet(String(data.value))} size="small">
        {sheets.map((name) => (
          <Tab key={name} value={name}>
            {name}
          </Tab>
        ))}
      </TabList>
      <div className={styles.scroller}>
        {area !== null && snapshot !== null && (
          <table className={styles.table} aria-label={playgroundMessages.sheetGrid(snapshot.sheet)}>
            <thead className={styles.header}>
              <tr>
                <th className={styles.cell} />
                {rows[0]?.map((_, column) => (
                  <th key={column} className={styles.cell} scope="col">
                    {columnName(area.left + column)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((cells, index) => {
                const rowNumber = area.top + index + 1;
                const formats = index === 0 ? [] : (snapshot.numberFormats[index - 1] ?? []);
                return (
                  <tr key={rowNumber} className={rowNumber === selectedRow ? styles.selected : undefined} data-row={rowNumber}>
                    <th className={`${styles.cell} ${styles.rowHeader}`} scope="row">
                      <button type="button" onClick={() => select(rowNumber)} aria-label={playgroundMessages.selectRow(rowNumber)} className={styles.rowButton}>
                        {rowNumber}
                      </button>
                    </th>
                    {cells.map((value, column) => (
                      <td
                        key={column}
                        className={`${styles.cell} ${typeof value === "number" ? styles.number : ""} ${typeof value === "object" ? styles.error : ""}`}
                        data-column={columnName(area.left + column)}
                        data-value={typeof value === "object" ? value.error : String(value)}
                        title={typeof value === "object" ? value.error : String(value)}
                        onClick={() => select(rowNumber)}
                      >
                        {displayValue(value, formats[column] ?? "General")}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
