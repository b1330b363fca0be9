import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { badInput } from '../../app/errors';
import { ImportFormat } from './import.enums';

/** A data row: its number in the file (the header is row 1) and its cells as text. */
export interface SheetRow {
  row: number;
  cells: string[];
}

export interface Sheet {
  header: string[];
  /** The template's second row of field keys, when the file has it. */
  keys?: string[];
  rows: SheetRow[];
}

/** Rows a file may hold; a larger import is split into several files. */
export const MAX_ROWS = 20_000;

/** XLSX is a zip archive: it starts with "PK". */
export function formatOf(fileName: string, content: Buffer): ImportFormat {
  if (content.length >= 2 && content[0] === 0x50 && content[1] === 0x4b) return ImportFormat.XLSX;
  if (/\.xlsx$/i.test(fileName)) return ImportFormat.XLSX;
  return ImportFormat.CSV;
}

// Our own exports put an apostrophe before cells that look like formulas; take it off again.
const unescape = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    // A formula is never evaluated here: only its cached result is read.
    if ('result' in value) return value.result === undefined || value.result === null ? '' : cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

function split(all: SheetRow[], isKeyRow: (cells: string[]) => boolean): Sheet {
  const [head, ...rest] = all;
  if (!head) throw badInput('file', 'The file has no header row', 'EMPTY_FILE');
  const header = head.cells.map((c) => c.trim());
  let keys: string[] | undefined;
  if (rest[0] && isKeyRow(rest[0].cells)) keys = rest.shift()!.cells.map((c) => c.trim());
  const rows = rest.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (rows.length > MAX_ROWS) throw badInput('file', `At most ${MAX_ROWS} rows per file`, 'TOO_MANY_ROWS');
  return { header, keys, rows };
}

/**
 * The text of a CSV file: UTF-8 (with or without a byte-order mark) when the bytes
 * are valid UTF-8, else GB18030, which covers GBK and GB2312: what Excel on a
 * Chinese Windows saves as "CSV". Chinese text in GBK is practically never valid
 * UTF-8, so the two are told apart by the bytes alone.
 */
export function decodeCsv(bytes: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gb18030').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

/** Reads the first worksheet of an XLSX file or a CSV file (UTF-8 or GB18030, see decodeCsv) as text cells. */
export async function readSheet(format: ImportFormat, bytes: Uint8Array, isKeyRow: (cells: string[]) => boolean): Promise<Sheet> {
  // PGlite hands a bytea back as a plain Uint8Array.
  const content = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const all: SheetRow[] = [];
  if (format === ImportFormat.XLSX) {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(content as unknown as ArrayBuffer);
    } catch {
      throw badInput('file', 'The file is not a readable XLSX workbook', 'UNREADABLE_FILE');
    }
    const ws = wb.worksheets[0];
    if (!ws) throw badInput('file', 'The workbook has no worksheet', 'EMPTY_FILE');
    if (ws.rowCount > MAX_ROWS + 2) throw badInput('file', `At most ${MAX_ROWS} rows per file`, 'TOO_MANY_ROWS');
    const width = ws.columnCount;
    ws.eachRow({ includeEmpty: false }, (r, row) => {
      const cells: string[] = [];
      for (let c = 1; c <= width; c++) cells.push(unescape(cellText(r.getCell(c).value)));
      all.push({ row, cells });
    });
  } else {
    let records: { record: string[]; info: { lines: number } }[];
    try {
      records = parseCsv(decodeCsv(content), {
        relax_column_count: true,
        info: true,
        skip_empty_lines: true,
        skip_records_with_empty_values: true,
      }) as unknown as { record: string[]; info: { lines: number } }[];
    } catch {
      throw badInput('file', 'The file is not readable CSV', 'UNREADABLE_FILE');
    }
    if (records.length > MAX_ROWS + 2) throw badInput('file', `At most ${MAX_ROWS} rows per file`, 'TOO_MANY_ROWS');
    for (const { record, info } of records) all.push({ row: info.lines, cells: record.map(unescape) });
  }
  return split(all, isKeyRow);
}
