// Import benchmark (not a test): a scratch database with the demo county, the real HTTP server,
// then for 10,000 people in a CSV file and 10,000 in an XLSX file (from the server's template):
// upload in 512 KiB parts, the dry run, and the import in one transaction, through the GraphQL API
// as the console does. Prints each step's time and the SQL statements of the import.
// Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres pnpm bench:import   (PGlite when unset)
// Options: BENCH_ROWS (default 10000).
import 'reflect-metadata';
import os from 'node:os';
import { csvOf, filledTemplate, runToEnd, uploadImport } from '../tests/helpers/import-files';
import { startTestApp } from '../tests/helpers/test-app';

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');

async function main() {
  const t = await startTestApp();
  try {
    console.log(`database: ${t.database}; load average ${load()} (${os.cpus().length} cores); ${ROWS.toLocaleString('en')} rows a file`);
    const token = await t.login('personnel');
    const rows = (prefix: string) => Array.from({ length: ROWS }, (_, i) => [`批量${i + 1}`, `${prefix}-${String(i + 1).padStart(6, '0')}`, i % 2 ? 'JXCZ-T01' : 'JXCZ-A01', '科员', '是']);
    const files = [
      { name: 'people.csv', file: csvOf(['name', 'staffNumber', 'unitCode', 'position', 'isCivilServant'], rows('CSV')) },
      { name: 'people.xlsx', file: await filledTemplate(t, token, 'PERSON', rows('XLSX')) },
    ];
    for (const { name, file } of files) {
      let at = Date.now();
      const id = await uploadImport(t, token, 'PERSON', name, file);
      const upload = Date.now() - at;
      at = Date.now();
      const dry = await runToEnd(t, token, id, true);
      const dryMs = Date.now() - at;
      if (dry.job.status !== 'VALID') throw new Error(`dry run: ${dry.job.status} ${JSON.stringify(dry.job.errors.slice(0, 3))}`);
      let done: Awaited<ReturnType<typeof runToEnd>> | undefined;
      at = Date.now();
      const statements = await t.countQueries(async () => {
        done = await runToEnd(t, token, id, false);
      });
      const importMs = Date.now() - at;
      if (done!.job.status !== 'DONE') throw new Error(`import: ${done!.job.status}`);
      console.log(
        `${name} (${(file.length / 1024).toFixed(0)} KiB): upload ${upload} ms, dry run ${dryMs} ms, import ${importMs} ms ` +
          `(${done!.job.created.toLocaleString('en')} people, ${statements} SQL statements including ${done!.polls} progress polls)`,
      );
    }
  } finally {
    await t.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
