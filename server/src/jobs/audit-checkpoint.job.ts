import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { auditChainService } from '../modules/audit/audit-chain.service';

/**
 * Signs the audit chain's head when events were added since the last
 * checkpoint. Instances may race: the first to insert a sequence number wins.
 */
export async function runAuditCheckpoint(orm: MikroORM | { em: EntityManager }) {
  const checkpoint = await auditChainService.checkpointIfMoved((orm.em as EntityManager).fork());
  return checkpoint ? { seq: checkpoint.seq, hash: checkpoint.hash } : null;
}
