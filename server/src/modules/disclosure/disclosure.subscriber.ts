import type { EventSubscriber, FlushEventArgs, TransactionEventArgs, UnitOfWork } from '@mikro-orm/core';
import { publicCache } from './public-cache';

/** Entities whose change can change what the portal shows. */
const DISCLOSED_SOURCES = new Set(['DishonestyRecord', 'Unit', 'CreditPolicy', 'EvaluationRun']);

const touched = new WeakSet<UnitOfWork>();
/** A flush inside a transaction touched disclosed data: clear again once a transaction commits. */
let clearAtCommit = false;

/**
 * A repair, a revocation or a correction leaves the portal at once on this
 * instance: a flush that touched disclosed data empties the public cache once
 * it is written, and again when its transaction commits (a portal request
 * between the two would otherwise cache the rows as they were). Other
 * instances catch up within the cache's TTL.
 */
export class DisclosureSubscriber implements EventSubscriber {
  onFlush(args: FlushEventArgs): void {
    if (args.uow.getChangeSets().some((cs) => DISCLOSED_SOURCES.has(cs.name))) touched.add(args.uow);
  }

  afterFlush(args: FlushEventArgs): void {
    if (!touched.has(args.uow)) return;
    touched.delete(args.uow);
    publicCache.clear();
    if (args.em.isInTransaction()) clearAtCommit = true;
  }

  afterTransactionCommit(_args: TransactionEventArgs): void {
    if (!clearAtCommit) return;
    clearAtCommit = false;
    publicCache.clear();
  }
}
