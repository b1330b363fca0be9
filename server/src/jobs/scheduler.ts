import type { MikroORM } from '@mikro-orm/core';
import { logger } from '../app/logger';
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

/** Told after each job run (the metrics count runs and time them). */
export type JobRunCallback = (job: string, outcome: 'success' | 'failure', seconds: number) => void;

/** Runs the scheduled jobs now and then every `intervalMs`; every instance may run them, the locks pick one. */
export function startScheduler(orm: MikroORM, intervalMs: number, onRun?: JobRunCallback): () => void {
  const tick = async () => {
    // Each job on its own: one that fails does not keep the others from running.
    for (const [name, job] of JOBS) {
      const started = performance.now();
      try {
        const report = await job(orm);
        onRun?.(name, 'success', (performance.now() - started) / 1000);
        if (Object.values(report).some((v) => typeof v === 'number' && v > 0)) logger.info(`${name} ran`, { ...report });
      } catch (e) {
        onRun?.(name, 'failure', (performance.now() - started) / 1000);
        logger.error(`${name} failed`, { message: e instanceof Error ? e.message : String(e) });
      }
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
