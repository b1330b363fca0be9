import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditCheckpoint } from './audit-checkpoint.entity';
import { checkpointSignatureValid, exportCheckpoint, signCheckpoint } from './audit-signing';
import { AuditFailureKind, type AuditChainFailure as Reported, type AuditVerification } from './audit-chain.types';
import type { GraphQLResolveInfo } from 'graphql';
import { findPage, type Page } from '../../app/list';

/** A failure as found; sequence numbers stay exact (bigint text) until reported. */
type AuditChainFailure = Omit<Reported, 'seq'> & { seq: string };

const GENESIS = '0'.repeat(64);

export interface CheckpointLike {
  seq: string;
  hash: string;
  signedAt: Date;
  signature: string;
  keyId: string;
}

interface ChainRow {
  seq: string;
  prev_hash: string | null;
  hash: string | null;
  computed: string;
  prev_seq: string | null;
  prev_stored: string | null;
}

function run<T>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  // Inside a transaction the query must use its connection (PGlite has only one).
  return em.getConnection().execute<T[]>(sql, params, 'all', em.getTransactionContext());
}

const big = (s: string | number) => BigInt(s);

export class AuditChainService {
  /** The newest event: its sequence number and hash; null before the first event. */
  async head(em: EntityManager): Promise<{ seq: string; hash: string } | null> {
    const [row] = await run<{ seq: string; hash: string }>(em, 'select e.seq::text as seq, e.hash from audit_event e order by e.seq desc limit 1');
    return row ?? null;
  }

  /**
   * Signs the head unless it is signed already, stores the checkpoint and
   * appends it to the export file. Several instances may race: the first
   * insert of a sequence number wins and the others read it back.
   */
  async createCheckpoint(em: EntityManager): Promise<{ checkpoint: AuditCheckpoint | null; created: boolean }> {
    const head = await this.head(em);
    if (!head) return { checkpoint: null, created: false };
    const signedAt = new Date();
    const { signature, keyId } = signCheckpoint({ seq: head.seq, hash: head.hash, signedAt });
    const inserted = await run<{ seq: string }>(
      em,
      `insert into audit_checkpoint (seq, hash, signed_at, signature, key_id) values (?, ?, ?, ?, ?)
       on conflict (seq) do nothing returning seq::text as seq`,
      [head.seq, head.hash, signedAt, signature, keyId],
    );
    const checkpoint = await em.findOneOrFail(AuditCheckpoint, { seq: head.seq }, { disableIdentityMap: true });
    if (inserted.length) {
      exportCheckpoint({ seq: Number(checkpoint.seq), hash: checkpoint.hash, signedAt: checkpoint.signedAt.toISOString(), signature: checkpoint.signature, keyId: checkpoint.keyId });
    }
    return { checkpoint, created: inserted.length > 0 };
  }

  /** Signs a checkpoint only when events were added since the last one (the schedule). */
  async checkpointIfMoved(em: EntityManager): Promise<AuditCheckpoint | null> {
    const head = await this.head(em);
    if (!head) return null;
    const [last] = await run<{ seq: string }>(em, 'select c.seq::text as seq from audit_checkpoint c order by c.seq desc limit 1');
    if (last && big(last.seq) >= big(head.seq)) return null;
    const { checkpoint, created } = await this.createCheckpoint(em);
    return created ? checkpoint : null;
  }

  async checkpoints(em: EntityManager, limit: number, offset: number, info?: GraphQLResolveInfo): Promise<Page<AuditCheckpoint>> {
    return findPage(em, AuditCheckpoint, {}, { orderBy: { seq: 'DESC' }, limit, offset }, info);
  }

  /**
   * Checks every event from `from` to `to` (the whole chain by default): its
   * sequence number follows the previous one, it links to the previous event's
   * hash, and its hash is the SHA-256 of its content. Then checks every
   * checkpoint in the range, stored or given: a valid signature, and the event
   * it names still has the signed hash. Reports the first broken place.
   */
  async verify(em: EntityManager, opts: { from?: number; to?: number; checkpoints?: CheckpointLike[] }): Promise<AuditVerification> {
    const started = performance.now();
    const head = await this.head(em);
    const from = BigInt(Math.max(1, opts.from ?? 1));
    const headSeq = head ? big(head.seq) : 0n;
    const to = opts.to !== undefined ? (BigInt(opts.to) < headSeq ? BigInt(opts.to) : headSeq) : headSeq;
    const report = (failure: AuditChainFailure | undefined, checkpointsChecked: number): AuditVerification => ({
      ok: !failure,
      from: Number(from),
      to: Number(to),
      head: head ? Number(head.seq) : 0,
      eventsChecked: failure ? Math.max(0, Number(big(failure.seq) - from)) : Math.max(0, Number(to - from + 1n)),
      checkpointsChecked,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      failure: failure ? { ...failure, seq: Number(failure.seq) } : undefined,
    });

    let chainFailure: AuditChainFailure | undefined;
    if (to >= from) {
      const [row] = await run<ChainRow>(
        em,
        `select c.seq::text as seq, c.prev_hash, c.hash, c.computed, c.prev_seq::text as prev_seq, c.prev_stored
           from (select e.seq, e.prev_hash, e.hash, audit_event_hash(e) as computed,
                        lag(e.seq) over w as prev_seq, lag(e.hash) over w as prev_stored
                   from audit_event e
                  where e.seq >= ?::bigint - 1 and e.seq <= ?::bigint
                 window w as (order by e.seq)) c
          where c.seq >= ?::bigint
            and (c.prev_seq is not distinct from c.seq
                 or coalesce(c.prev_seq, 0) <> c.seq - 1
                 or c.prev_hash is distinct from coalesce(c.prev_stored, case when c.seq = 1 then ? end)
                 or c.hash is distinct from c.computed)
          order by c.seq
          limit 1`,
        [String(from), String(to), String(from), GENESIS],
      );
      if (row) chainFailure = await this.classify(em, row, from);
    }

    // Checkpoints beyond the head are checked too: they reveal a chain cut short.
    const upTo = opts.to !== undefined ? BigInt(opts.to) : undefined;
    const { failure: checkpointFailure, checked } = await this.checkCheckpoints(em, from, upTo, opts.checkpoints ?? []);
    const failures = [chainFailure, checkpointFailure].filter((f): f is AuditChainFailure => !!f);
    failures.sort((a, b) => (big(a.seq) < big(b.seq) ? -1 : big(a.seq) > big(b.seq) ? 1 : 0));
    return report(failures[0], checked);
  }

  /** Names what happened at the first row that fails a check. */
  private async classify(em: EntityManager, row: ChainRow, from: bigint): Promise<AuditChainFailure> {
    const seq = big(row.seq);
    const prevSeq = row.prev_seq === null ? null : big(row.prev_seq);
    if (prevSeq === seq) {
      return { kind: AuditFailureKind.INSERTED, seq: row.seq, message: `Sequence number ${seq} occurs more than once: an event was inserted` };
    }
    if (prevSeq === null ? seq !== 1n : prevSeq !== seq - 1n) {
      const first = prevSeq !== null ? prevSeq + 1n : from > 1n ? from - 1n : 1n;
      const last = seq - 1n;
      return {
        kind: AuditFailureKind.MISSING,
        seq: String(first),
        message: first === last ? `Event ${first} is missing` : `Events ${first} to ${last} are missing`,
        expected: String(first),
        actual: String(seq),
      };
    }
    const expectedPrev = row.prev_stored ?? GENESIS;
    if (row.prev_hash !== expectedPrev) {
      const [target] = row.prev_hash
        ? await run<{ seq: string }>(em, 'select e.seq::text as seq from audit_event e where e.hash = ? and e.seq <> ? order by e.seq limit 1', [row.prev_hash, row.seq])
        : [];
      if (target && big(target.seq) < seq - 1n) {
        const firstInserted = big(target.seq) + 1n;
        return {
          kind: AuditFailureKind.INSERTED,
          seq: String(firstInserted),
          message:
            firstInserted === seq - 1n
              ? `Event ${firstInserted} was inserted: event ${seq} links to event ${target.seq}`
              : `Events ${firstInserted} to ${seq - 1n} were inserted: event ${seq} links to event ${target.seq}`,
          expected: row.prev_hash ?? undefined,
          actual: expectedPrev,
        };
      }
      if (target && big(target.seq) > seq) {
        return {
          kind: AuditFailureKind.REORDERED,
          seq: row.seq,
          message: `Event ${seq} links to event ${target.seq}, which comes after it: events were moved`,
          expected: expectedPrev,
          actual: row.prev_hash ?? undefined,
        };
      }
      if (row.hash !== row.computed) {
        return {
          kind: AuditFailureKind.CHANGED,
          seq: row.seq,
          message: `Event ${seq} was changed, including its link to the previous event`,
          expected: row.hash ?? undefined,
          actual: row.computed,
        };
      }
      return {
        kind: AuditFailureKind.CHANGED,
        seq: String(seq - 1n),
        message: `Event ${seq - 1n} was rewritten or replaced and its hash recomputed: event ${seq} links to a different hash`,
        expected: row.prev_hash ?? undefined,
        actual: expectedPrev,
      };
    }
    return {
      kind: AuditFailureKind.CHANGED,
      seq: row.seq,
      message: `Event ${seq} was changed: its content no longer matches its hash`,
      expected: row.hash ?? undefined,
      actual: row.computed,
    };
  }

  private async checkCheckpoints(
    em: EntityManager,
    from: bigint,
    upTo: bigint | undefined,
    given: CheckpointLike[],
  ): Promise<{ failure?: AuditChainFailure; checked: number }> {
    const stored = await em.find(
      AuditCheckpoint,
      { seq: { $gte: String(from), ...(upTo !== undefined ? { $lte: String(upTo) } : {}) } },
      { orderBy: { seq: 'ASC' }, disableIdentityMap: true },
    );
    const storedSeqs = new Set(stored.map((c) => String(c.seq)));
    const all = new Map<string, CheckpointLike & { inTable: boolean }>();
    const keyOf = (c: CheckpointLike) => [c.seq, c.hash, new Date(c.signedAt).toISOString(), c.signature, c.keyId].join('|');
    for (const c of stored) all.set(keyOf({ ...c, seq: String(c.seq) }), { ...c, seq: String(c.seq), inTable: true });
    for (const c of given) {
      if (big(c.seq) < from || (upTo !== undefined && big(c.seq) > upTo)) continue;
      const key = keyOf(c);
      if (!all.has(key)) all.set(key, { ...c, inTable: storedSeqs.has(String(c.seq)) });
    }
    const list = [...all.values()].sort((a, b) => (big(a.seq) < big(b.seq) ? -1 : big(a.seq) > big(b.seq) ? 1 : 0));
    if (!list.length) return { checked: 0 };
    const seqs = [...new Set(list.map((c) => c.seq))];
    const rows = await run<{ seq: string; hash: string | null }>(em, "select e.seq::text as seq, e.hash from audit_event e where e.seq = any(string_to_array(?, ',')::bigint[])", [seqs.join(',')]);
    const hashes = new Map(rows.map((r) => [r.seq, r.hash]));
    let checked = 0;
    let lastGood: string | undefined;
    for (const c of list) {
      checked += 1;
      if (!checkpointSignatureValid(c)) {
        return {
          checked,
          failure: {
            kind: AuditFailureKind.CHECKPOINT_INVALID,
            seq: c.seq,
            message: `The checkpoint at event ${c.seq} does not carry a valid signature of this server's key`,
          },
        };
      }
      const hash = hashes.get(c.seq);
      if (hash === undefined) {
        return {
          checked,
          failure: {
            kind: AuditFailureKind.MISSING,
            seq: c.seq,
            message: `Event ${c.seq} was signed in a checkpoint but is gone: the chain was cut short`,
            expected: c.hash,
          },
        };
      }
      if (hash !== c.hash) {
        return {
          checked,
          failure: {
            kind: AuditFailureKind.REBUILT,
            seq: c.seq,
            message: `Event ${c.seq} does not have the hash signed in its checkpoint of ${c.signedAt instanceof Date ? c.signedAt.toISOString() : c.signedAt}: the chain was rebuilt${lastGood ? ` after event ${lastGood}, the last checkpoint that still matches` : ''}`,
            expected: c.hash,
            actual: hash ?? undefined,
          },
        };
      }
      if (!c.inTable) {
        return {
          checked,
          failure: {
            kind: AuditFailureKind.MISSING,
            seq: c.seq,
            message: `The checkpoint at event ${c.seq} was removed from the checkpoint table`,
            expected: c.hash,
          },
        };
      }
      lastGood = c.seq;
    }
    return { checked };
  }
}

export const auditChainService = new AuditChainService();
