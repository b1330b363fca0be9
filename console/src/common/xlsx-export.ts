import { cellText, flatten, looksLikeFormula } from './csv-export';

/**
 * An XLSX workbook of the rows: a bold header row (the column names `label`
 * gives, e.g. the Chinese field names), one row per record. Every text cell is
 * written as a string cell in text format, so a formula-looking value (= + - @,
 * tab, CR) is stored and shown verbatim and is never evaluated. exceljs is
 * loaded on first use, keeping it out of the console's first page.
 */
export async function toXlsx(records: readonly Record<string, unknown>[], sheetName: string, label: (column: string) => string): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const rows = records.map((r) => flatten(r));
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const wb = new ExcelJS.Workbook();
  // Sheet names may not hold : \ / ? * [ ] and are at most 31 characters.
  const ws = wb.addWorksheet(sheetName.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1');
  ws.addRow(columns.map(label)).font = { bold: true };
  for (const r of rows) {
    const row = ws.addRow(columns.map((c) => (typeof r[c] === 'number' || typeof r[c] === 'boolean' ? r[c] : cellText(r[c]))));
    row.eachCell((cell) => {
      if (typeof cell.value === 'string' && looksLikeFormula(cell.value)) cell.numFmt = '@';
    });
  }
  columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = Math.min(60, Math.max(10, label(c).length * 2 + 2));
  });
  const buffer = await wb.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

/** Saves a blob under a file name, as a download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
