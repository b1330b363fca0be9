import { downloadCSV } from 'react-admin';

/**
 * A spreadsheet treats a cell that begins with = + - @ (or a tab or carriage return
 * before one of them) as a formula. Exported text is data, never a formula: such a
 * cell is prefixed with an apostrophe, which spreadsheets show as text.
 */
export function escapeSpreadsheetCell(value: string): string {
  return looksLikeFormula(value) ? `'${value}` : value;
}

/** Whether a spreadsheet would take the text for a formula (the CSV and XLSX exports both guard against it). */
export function looksLikeFormula(value: string): boolean {
  return /^[=+\-@\t\r]/.test(value);
}

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellText).join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Nested objects become columns named by their path (`unit.name`). */
export function flatten(record: Record<string, unknown>, prefix = '', into: Record<string, unknown> = {}): Record<string, unknown> {
  for (const [key, value] of Object.entries(record)) {
    if (key === '__typename') continue;
    const name = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object' && !Array.isArray(value)) flatten(value as Record<string, unknown>, name, into);
    else into[name] = value;
  }
  return into;
}

/** RFC 4180 CSV of the rows, with formula-looking cells escaped. */
export function toCsv(records: readonly Record<string, unknown>[]): string {
  const rows = records.map((r) => flatten(r));
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const field = (text: string) => {
    const safe = escapeSpreadsheetCell(text);
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return [columns.map(field).join(','), ...rows.map((r) => columns.map((c) => field(cellText(r[c]))).join(','))].join('\r\n');
}

/** Saves the rows as `<name>.csv`, with a byte-order mark so spreadsheets read Chinese correctly. */
export function saveCsv(records: readonly Record<string, unknown>[], name: string): void {
  downloadCSV(`\uFEFF${toCsv(records)}`, name);
}
