// Evaluation benchmark (not a test): loads the deterministic county of bench/data/generate.ts
// (200 units, 20,000 people, 100,000 records …) into a scratch PostgreSQL database, publishes
// the demo unit and person schemes, then prints
//   - a full evaluation of one year for units and for people (median of 3), and its SQL statements;
//   - an incremental update after one record changes (median of 20): the change's flush, which
//     rescores the subject in the unpublished run, and the rescoring alone.
// Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres pnpm bench:evaluation
// Options: BENCH_RUNS (default 3), BENCH_INCREMENTAL (default 20), BENCH_PERIOD (default 2025), BENCH_KEEP=1.
import 'reflect-metadata';
import os from 'node:os';
import type { EntityManager } from '@mikro-orm/postgresql';
import { setToday } from '../server/src/app/clock';
import { closeDatabase, openDatabase } from '../server/src/app/orm';
import { SubjectType } from '../server/src/modules/credit/credit.enums';
import { DishonestyRecord } from '../server/src/modules/credit/dishonesty-record.entity';
import { PERSON_SCHEME_RULES, UNIT_SCHEME_RULES } from '../server/src/modules/evaluation/evaluation.defaults';
import { PeriodKind, RunStatus, SchemeStatus } from '../server/src/modules/evaluation/evaluation.enums';
import { EvaluationScheme } from '../server/src/modules/evaluation/evaluation-scheme.entity';
import { evaluationService, sql } from '../server/src/modules/evaluation/evaluation.service';
import { BENCH_TODAY, loadBenchCounty } from './data/generate';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const INCREMENTAL = Number(process.env.BENCH_INCREMENTAL ?? 20);
const PERIOD = process.env.BENCH_PERIOD ?? '2025';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (n: number) => `${n.toFixed(0)} ms`;
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');

async function main() {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('Set DATABASE_URL to a PostgreSQL server (the benchmark creates and drops its own database)');
  console.log(`load average before generating: ${load()} (${os.cpus().length} cores)`);
  const county = await loadBenchCounty(adminUrl);
  console.log(`county generated in ${county.timings.total.toFixed(1)} s: ${Object.entries(county.counts).map(([t, n]) => `${t} ${n.toLocaleString('en')}`).join(', ')}`);
  setToday(BENCH_TODAY);
  let counting = false;
  let statements = 0;
  const orm = await openDatabase({
    databaseUrl: county.databaseUrl,
    onQuery: (message) => {
      if (counting && message.includes('[query]')) statements += 1;
    },
  });
  try {
    const em = orm.em.fork() as EntityManager;
    const schemes = [
      { name: '单位政务诚信年度评价方案', subjectType: SubjectType.UNIT, rules: UNIT_SCHEME_RULES },
      { name: '公务人员诚信年度评价方案', subjectType: SubjectType.PERSON, rules: PERSON_SCHEME_RULES },
    ].map((s) => em.create(EvaluationScheme, { ...s, periodKind: PeriodKind.YEAR, revision: 1, status: SchemeStatus.PUBLISHED, publishedAt: new Date() }));
    await em.flush();
    // A settled database, as in production: right after the bulk load, autovacuum's first pass over the
    // new tables would run during (and slow down) the first evaluation.
    await orm.em.getConnection().execute('vacuum (analyze)');

    const evaluateOnce = async (scheme: EvaluationScheme) => {
      const started = performance.now();
      statements = 0;
      counting = true;
      const run = await orm.em.fork().transactional((tx) => evaluationService.compute(tx as EntityManager, scheme, PERIOD, RunStatus.COMPUTED));
      counting = false;
      return { ms: performance.now() - started, statements, subjects: run.subjectCount };
    };

    const figures: string[] = [];
    for (const scheme of schemes) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await evaluateOnce(scheme));
      const line = `full evaluation ${PERIOD}, ${scheme.subjectType.toLowerCase()}s: median ${ms(median(runs.map((r) => r.ms)))} of ${RUNS} (${runs.map((r) => ms(r.ms)).join(', ')}), ${runs[0].subjects.toLocaleString('en')} subjects, ${runs[0].statements} SQL statements; load ${load()}`;
      console.log(line);
      figures.push(line);
    }
    const [ledger] = await sql<{ results: number; lines: number }>(
      em,
      `select (select count(*) from evaluation_result)::int as results, (select count(*) from evaluation_ledger)::int as lines`,
    );
    console.log(`stored: ${ledger.results.toLocaleString('en')} results, ${ledger.lines.toLocaleString('en')} ledger lines`);

    // Incremental: people's confirmed records in the period, one at a time; each change is a
    // flush of the record (as a command does), which rescores its subject in the unpublished run.
    const ids = await sql<{ id: string; subject_person_id: string }>(
      em,
      `select id, subject_person_id from dishonesty_record
        where subject_type = 'PERSON' and status = 'CONFIRMED' and decision_date between ? and ? order by id limit ?`,
      [`${PERIOD}-01-01`, `${PERIOD}-12-31`, INCREMENTAL],
    );
    const flushes: number[] = [];
    const refreshes: number[] = [];
    let refreshStatements = 0;
    for (const row of ids) {
      const fork = orm.em.fork() as EntityManager;
      const record = await fork.findOneOrFail(DishonestyRecord, row.id);
      record.disputed = !record.disputed;
      let started = performance.now();
      await fork.flush();
      flushes.push(performance.now() - started);
      started = performance.now();
      statements = 0;
      counting = true;
      await evaluationService.refreshSubjects(fork, SubjectType.PERSON, [row.subject_person_id]);
      counting = false;
      refreshStatements = statements;
      refreshes.push(performance.now() - started);
    }
    const inc1 = `incremental update after one record change (the record's flush with the rescoring): median ${ms(median(flushes))} of ${flushes.length}`;
    const inc2 = `rescoring one person alone: median ${ms(median(refreshes))} of ${refreshes.length}, ${refreshStatements} SQL statements; load ${load()}`;
    console.log(inc1);
    console.log(inc2);
    console.log('\nFigures:');
    for (const f of [...figures, inc1, inc2]) console.log(`  ${f}`);
  } finally {
    await closeDatabase(orm);
    await county.drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
