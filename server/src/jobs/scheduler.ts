import type { MikroORM } from '@mikro-orm/core';
import { logger } from '../app/logger';
import { runAuditCheckpoint } from './audit-checkpoint.job';
import { runCreditDeadlines } from './credit-deadlines.job';
import { runWarningScan } from './warning-scan.job';

/**
 * Runs the deadline jobs now and then every `intervalMs`; every instance may run it, the lock picks one.
 * Each run ends by signing a checkpoint of the audit chain when it moved.
 */
export function startScheduler(orm: MikroORM, intervalMs: number): () => void {
  const tick = async () => {
    try {
      const report = await runCreditDeadlines(orm);
      if (report.brokenCommitments || report.overdueRectifications) logger.info('credit deadlines applied', { ...report });
      const scan = await runWarningScan(orm);
      if (scan.notificationsCreated) logger.info('warnings notified', { ...scan });
    } catch (e) {
      logger.error('credit deadline job failed', { message: e instanceof Error ? e.message : String(e) });
    }
    try {
      const checkpoint = await runAuditCheckpoint(orm);
      if (checkpoint) logger.info('audit checkpoint signed', checkpoint);
    } catch (e) {
      logger.error('audit checkpoint failed', { message: e instanceof Error ? e.message : String(e) });
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
