import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../app/clock';
import { requestMeta } from '../app/request-context';
import { warningService } from '../modules/warnings/warning.service';

const LOCK_KEY = 0x5741524e; // "WARN"

/**
 * Computes the warnings and notifies the responsible users, under an advisory
 * lock so that one instance scans at a time; then sends the new warnings to
 * the webhook, outside the transaction.
 */
export async function runWarningScan(orm: MikroORM | { em: EntityManager }, day = today()) {
  const result = await requestMeta.run({ requestId: `warnings-${day}`, actorName: 'system', command: 'job:warningScan' }, () =>
    (orm.em as EntityManager).fork().transactional(async (em) => {
      const [{ locked }] = await em
        .getConnection()
        .execute<{ locked: boolean }[]>('select pg_try_advisory_xact_lock(?) as locked', [LOCK_KEY], 'all', em.getTransactionContext());
      if (!locked) return { ran: false, warnings: 0, notificationsCreated: 0, fresh: [] };
      const { warnings, created, fresh } = await warningService.notify(em, day);
      return { ran: true, warnings, notificationsCreated: created, fresh };
    }),
  );
  await warningService.sendWebhook(result.fresh);
  return { ran: result.ran, warnings: result.warnings, notificationsCreated: result.notificationsCreated };
}
