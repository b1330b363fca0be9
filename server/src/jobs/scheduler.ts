import type { MikroORM } from '@mikro-orm/core';
import { logger } from '../app/logger';
import { runCampaignDeadlines } from './campaign-deadlines.job';
import { runCreditDeadlines } from './credit-deadlines.job';
import { runPolicyDeadlines } from './policy-deadlines.job';
import { runWarningScan } from './warning-scan.job';

/** Runs the deadline jobs now and then every `intervalMs`; every instance may run it, the lock picks one. */
export function startScheduler(orm: MikroORM, intervalMs: number): () => void {
  // Each job on its own: one that fails does not keep the others (or the warning scan) from running.
  const run = async <T extends object>(name: string, job: () => Promise<T>, worthLogging: (r: T) => boolean) => {
    try {
      const report = await job();
      if (worthLogging(report)) logger.info(`${name} applied`, { ...(report as Record<string, unknown>) });
    } catch (e) {
      logger.error(`${name} job failed`, { message: e instanceof Error ? e.message : String(e) });
    }
  };
  const tick = async () => {
    await run('credit deadlines', () => runCreditDeadlines(orm), (r) => !!(r.brokenCommitments || r.overdueRectifications));
    await run('policy deadlines', () => runPolicyDeadlines(orm), (r) => !!(r.expiredPolicies || r.overdueTasks));
    await run('campaign deadlines', () => runCampaignDeadlines(orm), (r) => !!r.overdueFindings);
    await run('warning scan', () => runWarningScan(orm), (r) => !!r.notificationsCreated);
  };
  void tick();
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
