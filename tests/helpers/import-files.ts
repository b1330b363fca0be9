import ExcelJS from 'exceljs';
import {
  AppendImportChunkDocument,
  CreateImportJobDocument,
  ImportJobDocument,
  ImportTemplateDocument,
  RunImportDocument,
  type ImportJobFieldsFragment,
  type ImportKind,
} from '../generated/graphql';
import type { TestApp } from './test-app';

/** The kind's template from the server, filled with rows (as a person would fill it in a spreadsheet). */
export async function filledTemplate(t: Pick<TestApp, 'gql'>, token: string, kind: ImportKind, rows: (string | number | Date)[][]): Promise<Buffer> {
  const template = (await t.gql(ImportTemplateDocument, { kind }, token)).data!.importTemplate;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(template.content, 'base64') as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function csvOf(header: string[], rows: string[][]): Buffer {
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return Buffer.from('\uFEFF' + [header, ...rows].map((r) => r.map(quote).join(',')).join('\n'), 'utf8');
}

/** Uploads a file in parts of 512 KiB, as the console does. */
export async function uploadImport(t: Pick<TestApp, 'gql'>, token: string, kind: ImportKind, fileName: string, file: Buffer): Promise<string> {
  const created = await t.gql(CreateImportJobDocument, { input: { kind, fileName } }, token);
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  const id = created.data.createImportJob.id;
  for (let at = 0; at < file.length; at += 512 * 1024) {
    const r = await t.gql(AppendImportChunkDocument, { id, data: file.subarray(at, at + 512 * 1024).toString('base64') }, token);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
  }
  return id;
}

/** Starts a dry run or the import and polls until it has finished, as the console does. */
export async function runToEnd(t: Pick<TestApp, 'gql'>, token: string, id: string, dryRun: boolean): Promise<{ job: ImportJobFieldsFragment; polls: number }> {
  const started = await t.gql(RunImportDocument, { id, dryRun }, token);
  if (!started.data) throw new Error(JSON.stringify(started.errors));
  for (let polls = 1; polls < 6000; polls++) {
    const job = (await t.gql(ImportJobDocument, { id }, token)).data!.importJob;
    if (job.status !== 'VALIDATING' && job.status !== 'IMPORTING') return { job, polls };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the import did not finish in 10 minutes');
}

let gbkCodes: Map<string, number[]> | undefined;

/**
 * Text as GBK bytes, as Excel on a Chinese Windows saves a "CSV". Node ships no GBK
 * encoder, so the table is its GBK decoder's, inverted (every two-byte code).
 */
export function gbkOf(text: string): Buffer {
  if (!gbkCodes) {
    gbkCodes = new Map();
    const decoder = new TextDecoder('gbk', { fatal: true });
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        try {
          const ch = decoder.decode(Uint8Array.of(lead, trail));
          if (!gbkCodes.has(ch)) gbkCodes.set(ch, [lead, trail]);
        } catch {
          // Not a character in GBK.
        }
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (gbkCodes.has(ch)) bytes.push(...gbkCodes.get(ch)!);
    else throw new Error(`${ch} has no GBK code`);
  }
  return Buffer.from(bytes);
}
