import type { MikroORM } from '@mikro-orm/core';
import { logger } from '../app/logger';
import { runCreditDeadlines } from './credit-deadlines.job';
import { runJudgmentDeadlines } from './judgment-deadlines.job';

/** Runs the deadline jobs now and then every `intervalMs`; every instance may run them, the locks pick one. */
export function startScheduler(orm: MikroORM, intervalMs: number): () => void {
  const tick = async () => {
    try {
      const report = await runCreditDeadlines(orm);
      if (report.brokenCommitments || report.overdueRectifications) logger.info('credit deadlines applied', { ...report });
    } catch (e) {
      logger.error('credit deadline job failed', { message: e instanceof Error ? e.message : String(e) });
    }
    try {
      const report = await runJudgmentDeadlines(orm);
      if (report.warnedJudgments || report.recordedJudgments) logger.info('judgment deadlines applied', { ...report });
    } catch (e) {
      logger.error('judgment deadline job failed', { message: e instanceof Error ? e.message : String(e) });
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
