import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../app/clock';
import { requestMeta } from '../app/request-context';
import { policyService } from '../modules/policy/policy.service';
import { policyTaskService } from '../modules/policy/policy-task.service';

const LOCK_KEY = 0x504f4c49; // "POLI"

export interface PolicyDeadlineReport {
  ran: boolean;
  expiredPolicies: number;
  overdueTasks: number;
}

/**
 * Applies the policy dates for `day`: a policy whose period has ended
 * expires, and unfinished tasks past their deadline become overdue. Under an
 * advisory lock like the other deadline jobs; repeated runs change nothing.
 */
export async function runPolicyDeadlines(orm: MikroORM | { em: EntityManager }, day = today()): Promise<PolicyDeadlineReport> {
  return requestMeta.run({ requestId: `policies-${day}`, actorName: 'system', command: 'job:policyDeadlines' }, () =>
    (orm.em as EntityManager).fork().transactional(async (em) => {
      const [{ locked }] = await em
        .getConnection()
        .execute<{ locked: boolean }[]>('select pg_try_advisory_xact_lock(?) as locked', [LOCK_KEY], 'all', em.getTransactionContext());
      if (!locked) return { ran: false, expiredPolicies: 0, overdueTasks: 0 };
      const expiredPolicies = await policyService.expireEnded(em, day);
      const overdueTasks = await policyTaskService.markOverdue(em, day);
      return { ran: true, expiredPolicies, overdueTasks };
    }),
  );
}
