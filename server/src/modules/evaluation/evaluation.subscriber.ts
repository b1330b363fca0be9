import { type EventSubscriber, type FlushEventArgs, type UnitOfWork } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { errorFields, logger } from '../../app/logger';
import { SubjectType } from '../credit/credit.enums';
import { evaluationService, sql } from './evaluation.service';

type Subjects = { units: Set<string>; people: Set<string>; lawsuits: Set<string> };

const refId = (v: unknown): string | undefined => {
  if (!v || typeof v !== 'object') return undefined;
  const x = v as { id?: unknown; unwrap?: () => { id?: unknown } };
  const id = typeof x.unwrap === 'function' ? x.unwrap().id : x.id;
  return typeof id === 'string' ? id : undefined;
};

/** Which subjects' scores a changed entity can move, by entity name. */
const SOURCES: Record<string, (e: Record<string, unknown>, s: Subjects) => void> = {
  DishonestyRecord: subjectOf,
  Commitment: subjectOf,
  TrainingAttendance: (e, s) => add(s.people, e.person),
  SupervisionTask: (e, s) => {
    add(s.units, e.assignedUnit);
    add(s.people, e.responsiblePerson);
  },
  SupervisionProposal: (e, s) => add(s.units, e.leadUnit),
  JudicialSuggestion: (e, s) => add(s.units, e.unit),
  Complaint: (e, s) => add(s.units, e.leadUnit),
  CourtAppearance: (e, s) => add(s.lawsuits, e.lawsuit),
};

function add(set: Set<string>, ref: unknown) {
  const id = refId(ref);
  if (id) set.add(id);
}

function subjectOf(e: Record<string, unknown>, s: Subjects) {
  if (e.subjectType === SubjectType.UNIT) add(s.units, e.subjectUnit);
  else add(s.people, e.subjectPerson);
}

const pending = new WeakMap<UnitOfWork, Subjects>();

/**
 * Incremental evaluation: after a flush that changed a record, commitment, training,
 * supervision item or complaint, the subjects it is about are rescored in the unpublished
 * runs (same transaction when the flush is part of one). Published runs never change.
 */
export class EvaluationSubscriber implements EventSubscriber {
  onFlush(args: FlushEventArgs): void {
    const s: Subjects = { units: new Set(), people: new Set(), lawsuits: new Set() };
    for (const cs of args.uow.getChangeSets()) {
      SOURCES[cs.name]?.(cs.entity as Record<string, unknown>, s);
      // An update may move the item from one subject to another: rescore the old one too.
      if (cs.originalEntity && SOURCES[cs.name]) SOURCES[cs.name](cs.originalEntity as Record<string, unknown>, s);
    }
    if (s.units.size || s.people.size || s.lawsuits.size) pending.set(args.uow, s);
  }

  async afterFlush(args: FlushEventArgs): Promise<void> {
    const s = pending.get(args.uow);
    if (!s) return;
    pending.delete(args.uow);
    const em = args.em as EntityManager;
    try {
      if (s.lawsuits.size) {
        const rows = await sql<{ unit_id: string }>(em, `select unit_id from lawsuit where id = any(?::uuid[])`, [`{${[...s.lawsuits].join(',')}}`]);
        for (const r of rows) s.units.add(r.unit_id);
      }
      if (s.units.size) await evaluationService.refreshSubjects(em, SubjectType.UNIT, [...s.units]);
      if (s.people.size) await evaluationService.refreshSubjects(em, SubjectType.PERSON, [...s.people]);
    } catch (e) {
      // The change itself is saved; the scores catch up at the next evaluation.
      logger.error('incremental evaluation failed', errorFields(e));
    }
  }
}
