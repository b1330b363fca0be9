import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../app/clock';
import { requestMeta } from '../app/request-context';
import { commitmentService } from '../modules/credit/commitment.service';
import { rectificationService } from '../modules/credit/rectification.service';

// One key for every instance of the cluster: PostgreSQL lets one transaction at a time hold it.
const LOCK_KEY = 0x43524544; // "CRED"

export interface DeadlineReport {
  /** False when another instance held the lock and this run did nothing. */
  ran: boolean;
  brokenCommitments: number;
  overdueRectifications: number;
}

/**
 * Applies the credit deadlines for `day`: overdue commitments are broken and
 * drafted as records; missed rectification deadlines become records (K4).
 * One transaction under a PostgreSQL advisory lock, so concurrent runs on
 * several instances neither duplicate nor interleave; a repeated run finds
 * nothing left to do.
 */
export async function runCreditDeadlines(orm: MikroORM | { em: EntityManager }, day = today()): Promise<DeadlineReport> {
  return requestMeta.run({ requestId: `job-${day}`, actorName: 'system', command: 'job:creditDeadlines' }, () =>
    (orm.em as EntityManager).fork().transactional(async (em) => {
      const [{ locked }] = await em.getConnection().execute<{ locked: boolean }[]>(
        'select pg_try_advisory_xact_lock(?) as locked',
        [LOCK_KEY],
        'all',
        em.getTransactionContext(),
      );
      if (!locked) return { ran: false, brokenCommitments: 0, overdueRectifications: 0 };
      const brokenCommitments = await commitmentService.breakOverdue(em, day);
      const overdueRectifications = await rectificationService.markOverdue(em, day);
      return { ran: true, brokenCommitments, overdueRectifications };
    }),
  );
}
