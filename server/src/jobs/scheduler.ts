import type { MikroORM } from '@mikro-orm/core';
import { instanceName } from '../app/instance';
import { errorFields, logger } from '../app/logger';
import { runAuditCheckpoint } from './audit-checkpoint.job';
import { runCampaignDeadlines } from './campaign-deadlines.job';
import { runCreditDeadlines } from './credit-deadlines.job';
import { runJudgmentDeadlines } from './judgment-deadlines.job';
import { runPolicyDeadlines } from './policy-deadlines.job';
import { runWarningScan } from './warning-scan.job';

// In order: deadlines first, so the warning scan sees what they changed; the
// audit chain's head is signed last, after everything the run wrote.
const JOBS: [string, (orm: MikroORM) => Promise<object>][] = [
  ['credit deadlines', runCreditDeadlines],
  ['judgment deadlines', runJudgmentDeadlines],
  ['policy deadlines', runPolicyDeadlines],
  ['campaign deadlines', runCampaignDeadlines],
  ['warning scan', runWarningScan],
  ['audit checkpoint', async (orm) => (await runAuditCheckpoint(orm)) ?? {}],
];

const LEASE = 'scheduled-jobs';

/** Told after each job run (the metrics count runs and time them). */
export type JobRunCallback = (job: string, outcome: 'success' | 'failure', seconds: number) => void;

/**
 * Claims this round of the scheduled jobs for `holder`. One atomic statement:
 * of the instances that ask within `minGapMs` of the last claim, exactly one
 * gets the row (a concurrent claimer waits for the row lock, then finds the
 * fresh time and gets nothing). The database's clock decides, not the instances'.
 */
export async function claimRound(orm: MikroORM, holder: string, minGapMs: number): Promise<boolean> {
  const rows = await orm.em.fork().getConnection().execute<{ holder: string }[]>(
    `insert into scheduler_lease (name, holder, started_at) values (?, ?, now())
     on conflict (name) do update set holder = excluded.holder, started_at = excluded.started_at
       where scheduler_lease.started_at <= now() - make_interval(secs => ?)
     returning holder`,
    [LEASE, holder, minGapMs / 1000],
    'all',
  );
  return rows.length === 1;
}

export interface RoundResult {
  /** False when another instance had this round. */
  ran: boolean;
  /** What each job reported, by job name (errors as `{ error }`). */
  reports: Record<string, object>;
}

/** One round: claim it, then run every job on its own (one that fails does not keep the others from running). */
export async function runRound(orm: MikroORM, holder: string, minGapMs: number, onRun?: JobRunCallback): Promise<RoundResult> {
  if (!(await claimRound(orm, holder, minGapMs))) return { ran: false, reports: {} };
  const reports: Record<string, object> = {};
  for (const [name, job] of JOBS) {
    const started = performance.now();
    try {
      const report = await job(orm);
      onRun?.(name, 'success', (performance.now() - started) / 1000);
      reports[name] = report;
      if (Object.values(report).some((v) => typeof v === 'number' && v > 0)) logger.info(`${name} ran`, { ...report });
    } catch (e) {
      onRun?.(name, 'failure', (performance.now() - started) / 1000);
      const fields = errorFields(e);
      reports[name] = fields;
      logger.error(`${name} failed`, fields);
    }
  }
  return { ran: true, reports };
}

/**
 * Runs the scheduled jobs now and then every `intervalMs`. Every instance keeps
 * the timer; the lease lets one of them run each round, and another takes over
 * when that one stops (a round is due again half an interval after the last).
 * Each job also takes its own advisory lock, for runs started by hand.
 */
export function startScheduler(orm: MikroORM, intervalMs: number, onRun?: JobRunCallback, holder = instanceName()): () => void {
  const tick = () =>
    void runRound(orm, holder, intervalMs / 2, onRun).catch((e: unknown) =>
      logger.error('scheduler round failed', errorFields(e)),
    );
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
