import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../app/clock';
import { requestMeta } from '../app/request-context';
import { campaignFindingService } from '../modules/campaigns/campaign-finding.service';

// One key for every instance of the cluster: PostgreSQL lets one transaction at a time hold it.
const LOCK_KEY = 0x43414d50; // "CAMP"

export interface CampaignDeadlineReport {
  /** False when another instance held the lock and this run did nothing. */
  ran: boolean;
  overdueFindings: number;
}

/**
 * Applies the campaign deadlines for `day`: findings not rectified in time
 * become overdue and get their draft record (K4). One transaction under an
 * advisory lock; a repeated run finds nothing left to do, and the unique
 * index on the record's source forbids a second record even so.
 */
export async function runCampaignDeadlines(orm: MikroORM | { em: EntityManager }, day = today()): Promise<CampaignDeadlineReport> {
  return requestMeta.run({ requestId: `campaigns-${day}`, actorName: 'system', command: 'job:campaignDeadlines' }, () =>
    (orm.em as EntityManager).fork().transactional(async (em) => {
      const [{ locked }] = await em
        .getConnection()
        .execute<{ locked: boolean }[]>('select pg_try_advisory_xact_lock(?) as locked', [LOCK_KEY], 'all', em.getTransactionContext());
      if (!locked) return { ran: false, overdueFindings: 0 };
      return { ran: true, overdueFindings: await campaignFindingService.markOverdue(em, day) };
    }),
  );
}
