import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../app/clock';
import { requestMeta } from '../app/request-context';
import { judgmentService } from '../modules/supervision/judgment.service';

// Its own key, so it neither waits for nor blocks the credit job.
const LOCK_KEY = 0x4a554447; // "JUDG"

export interface JudgmentDeadlineReport {
  /** False when another instance held the lock and this run did nothing. */
  ran: boolean;
  /** Judgments that passed their fulfil-by date and were warned. */
  warnedJudgments: number;
  /** Judgments whose grace period ran out and got a draft dishonesty record. */
  recordedJudgments: number;
}

/**
 * Applies the judgment deadlines for `day` (S3 → C2): one transaction under a
 * PostgreSQL advisory lock, so concurrent runs on several instances neither
 * duplicate nor interleave; a repeated run finds nothing left to do, and a
 * partial unique index on the automatic record's source makes a duplicate
 * impossible even so.
 */
export async function runJudgmentDeadlines(orm: MikroORM | { em: EntityManager }, day = today()): Promise<JudgmentDeadlineReport> {
  return requestMeta.run({ requestId: `job-${day}`, actorName: 'system', command: 'job:judgmentDeadlines' }, () =>
    (orm.em as EntityManager).fork().transactional(async (em) => {
      const [{ locked }] = await em.getConnection().execute<{ locked: boolean }[]>(
        'select pg_try_advisory_xact_lock(?) as locked',
        [LOCK_KEY],
        'all',
        em.getTransactionContext(),
      );
      if (!locked) return { ran: false, warnedJudgments: 0, recordedJudgments: 0 };
      const { warned, recorded } = await judgmentService.applyDeadlines(em, day);
      return { ran: true, warnedJudgments: warned, recordedJudgments: recorded };
    }),
  );
}
