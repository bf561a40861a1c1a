import ExcelJS from "exceljs";

/**
 * Six accounts under a title block, as a CRM export lays them out: a title merged across A1:G1,
 * a "Generated …" line in row 2, a blank row 3, the header in row 4 and data from row 5. Renewal
 * dates carry a dd/mm/yyyy format, Total is a formula (CSAT × Seats) with its cached result, and
 * a second sheet, Notes, contains a value of its own.
 */
export const TITLED_ACCOUNTS = [
  ["Acme", 5, 90, 10],
  ["Globex", 4, 70, 20],
  ["Initech", 3, 50, 30],
  ["Umbrella", 2, 40, 40],
  ["Hooli", 1, 10, 50],
  ["Stark", 3, 80, 60],
] as const;

export const TITLED_HEADERS = ["Account", "CSAT", "Adoption %", "Renewal date", "Seats", "Total"] as const;

/** Writes the titled workbook to `path`. */
export async function writeTitledWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Accounts");
  sheet.getCell("A1").value = "Customer health export";
  sheet.mergeCells("A1:G1");
  sheet.getCell("A2").value = "Generated 2026-11-30 by the CRM";
  sheet.getRow(4).values = [...TITLED_HEADERS];
  TITLED_ACCOUNTS.forEach(([account, csat, adoption, seats], index) => {
    const row = 5 + index;
    sheet.getRow(row).values = [account, csat, adoption, new Date(Date.UTC(2027, index, 1)), seats];
    sheet.getCell(row, 4).numFmt = "dd/mm/yyyy";
    sheet.getCell(row, 6).value = { formula: `B${row}*E${row}`, result: csat * seats };
  });
  sheet.getColumn(1).width = 30;
  workbook.addWorksheet("Notes").getCell("A1").value = "Renewals are owned by the CSM team";
  await workbook.xlsx.writeFile(path);
}
