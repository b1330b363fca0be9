import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { today } from '../../app/clock';
import type { GraphQLResolveInfo } from 'graphql';
import { firstChildren, nestedLimit, placeholders } from '../../app/batch';
import type { AppContext } from '../../app/context';
import { AppError, assertVersion, badInput, conflict, ErrorCode } from '../../app/errors';
import { findPage, likePattern, type Page } from '../../app/list';
import { visibleUnitIds, withVisibleUnits } from '../../app/scope';
import { User } from '../auth/user.entity';
import type { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';
import { calendarService } from '../calendar/calendar.service';
import { addDays } from '../calendar/working-calendar';
import { creditPolicyService } from './credit-policy.service';
import { Mitigation, RecordStatus as S, RectificationStatus, SEVERITY_RANK, Severity } from './credit.enums';
import { CreditErrorReason as R } from './credit.errors';
import { DishonestyRecord } from './dishonesty-record.entity';
import {
  DishonestyRecordSortField,
  type CreateDishonestyRecordInput,
  type DishonestyRecordListArgs,
  type UpdateDishonestyRecordInput,
} from './dishonesty-record.input';
import { measureService } from './measure.service';
import { Rectification } from './rectification.entity';
import { getScoped, resolveSubject } from './subject';
import type { CreditPolicy } from './credit-policy.entity';

const sortColumn: Record<DishonestyRecordSortField, keyof DishonestyRecord> = {
  [DishonestyRecordSortField.DECISION_DATE]: 'decisionDate',
  [DishonestyRecordSortField.CREATED_AT]: 'createdAt',
  [DishonestyRecordSortField.SEVERITY]: 'severity',
  [DishonestyRecordSortField.STATUS]: 'status',
  [DishonestyRecordSortField.CATEGORY]: 'category',
  [DishonestyRecordSortField.SUBJECT_NAME]: 'subjectName',
};

const EDITABLE = [S.DRAFT, S.RETURNED];

/** The record's relations whose resolvers only load them (SubjectFieldsResolver). */
const SUBJECT_REFERENCES = ['subjectPerson', 'subjectUnit', 'scopeUnit'];

/** Self-correction rules (主动纠错): waive up to one severity, mitigate up to another. */
export function mitigationFor(policy: CreditPolicy, selfCorrected: boolean, severity: Severity): Mitigation {
  if (!selfCorrected) return Mitigation.NONE;
  const rank = SEVERITY_RANK[severity];
  if (policy.selfCorrectionWaiveUpTo && rank <= SEVERITY_RANK[policy.selfCorrectionWaiveUpTo]) return Mitigation.WAIVED;
  if (policy.selfCorrectionMitigateUpTo && rank <= SEVERITY_RANK[policy.selfCorrectionMitigateUpTo]) return Mitigation.MITIGATED;
  return Mitigation.NONE;
}

/** A record counts (scores, eligibility, disclosure) only once confirmed and until repaired or revoked. */
export function counts(record: DishonestyRecord): boolean {
  return record.status === S.CONFIRMED && !record.repairedAt;
}

export class DishonestyRecordService {
  async list(ctx: AppContext, args: DishonestyRecordListArgs, info?: GraphQLResolveInfo): Promise<Page<DishonestyRecord>> {
    const f = args.filter ?? {};
    const where: FilterQuery<DishonestyRecord> & Record<string, unknown> = {};
    const and: FilterQuery<DishonestyRecord>[] = [];
    if (f.q?.trim()) {
      const p = likePattern(f.q);
      and.push({ $or: [{ facts: { $ilike: p } }, { subjectName: { $ilike: p } }, { documentNumber: { $ilike: p } }] });
    }
    if (f.statuses?.length) where.status = { $in: f.statuses };
    if (f.categories?.length) where.category = { $in: f.categories };
    if (f.severities?.length) where.severity = { $in: f.severities };
    if (f.subjectType) where.subjectType = f.subjectType;
    if (f.subjectId) and.push({ $or: [{ subjectUnit: f.subjectId }, { subjectPerson: f.subjectId }] });
    if (f.unitId) where.scopeUnit = f.unitId;
    if (f.disputed !== undefined && f.disputed !== null) where.disputed = f.disputed;
    if (f.repaired !== undefined && f.repaired !== null) where.repairedAt = f.repaired ? { $ne: null } : null;
    if (f.sourceType) where.sourceType = f.sourceType;
    if (f.sourceId) where.sourceId = f.sourceId;
    if (f.ids) and.push({ id: { $in: f.ids } });
    if (f.decidedFrom || f.decidedTo) {
      where.decisionDate = { ...(f.decidedFrom ? { $gte: f.decidedFrom } : {}), ...(f.decidedTo ? { $lte: f.decidedTo } : {}) };
    }
    const visible = await visibleUnitIds(ctx);
    if (visible) and.push({ scopeUnit: { $in: [...visible] } });
    if (and.length) where.$and = and;
    const orderBy: QueryOrderMap<DishonestyRecord>[] = [];
    if (args.sort) orderBy.push({ [sortColumn[args.sort.field]]: args.sort.order });
    orderBy.push({ createdAt: 'DESC' }, { id: 'ASC' });
    // A page asking only columns and its records' subjects and scope unit (no computed field) reads lean rows.
    return findPage(ctx.em, DishonestyRecord, where, { orderBy, offset: args.offset, limit: args.limit }, info, { references: SUBJECT_REFERENCES });
  }

  /**
   * Records about the person the caller may see, newest first, at most `limit`; the people of one
   * request load with one statement. With the field's resolve info, a selection of plain columns gets lean rows.
   */
  aboutPerson(ctx: AppContext, person: Person, limit: number, info?: GraphQLResolveInfo): DishonestyRecord[] | Promise<DishonestyRecord[]> {
    nestedLimit(limit);
    return withVisibleUnits(ctx, (visible) => {
      if (visible && visible.size === 0) return [];
      const order = {
        table: 'dishonesty_record',
        parentColumn: 'subject_person_id',
        orderBy: 't.created_at desc, t.id',
        limit,
        ...(visible ? { where: `t.scope_unit_id in (${placeholders(visible.size)})`, params: [...visible] } : {}),
      };
      return firstChildren(ctx, 'Person.dishonestyRecords', person.id, DishonestyRecord, order, info && { info });
    });
  }

  get(ctx: AppContext, id: string): Promise<DishonestyRecord> {
    return getScoped(ctx, DishonestyRecord, id, 'Dishonesty record');
  }

  async create(ctx: AppContext, input: CreateDishonestyRecordInput): Promise<DishonestyRecord> {
    const record = await this.prepareCreate(ctx, input);
    await ctx.em.flush();
    return record;
  }

  /** Checks and builds a new record without flushing: a form's create and an import row share it. */
  async prepareCreate(ctx: AppContext, input: CreateDishonestyRecordInput): Promise<DishonestyRecord> {
    const subject = await resolveSubject(ctx, input.subjectType, input.subjectId);
    if (input.decisionDate && input.decisionDate > today()) {
      throw badInput('decisionDate', 'The decision date cannot be in the future', 'DATE_IN_FUTURE');
    }
    const record = ctx.em.create(DishonestyRecord, {
      ...subject,
      category: input.category,
      severity: input.severity,
      facts: input.facts.trim(),
      legalBasis: input.legalBasis?.trim() || undefined,
      documentNumber: input.documentNumber?.trim() || undefined,
      decidingAuthority: input.decidingAuthority?.trim() || undefined,
      decisionDate: input.decisionDate ?? undefined,
      sourceType: input.sourceType ?? undefined,
      sourceId: input.sourceId?.trim() || undefined,
      evidence: input.evidence ?? [],
      responsibleSection: input.responsibleSectionId ? await this.section(ctx, input.responsibleSectionId) : undefined,
      selfCorrected: input.selfCorrected ?? false,
      selfCorrectionNote: input.selfCorrectionNote?.trim() || undefined,
      recordedBy: ctx.em.getReference(User, ctx.user!.id),
    });
    return record;
  }

  async update(ctx: AppContext, id: string, input: UpdateDishonestyRecordInput, version: number): Promise<DishonestyRecord> {
    const r = await this.load(ctx, id, version, EDITABLE);
    if (input.category) r.category = input.category;
    if (input.severity) r.severity = input.severity;
    if (input.facts) r.facts = input.facts.trim();
    if (input.legalBasis !== undefined) r.legalBasis = input.legalBasis?.trim() || undefined;
    if (input.documentNumber !== undefined) r.documentNumber = input.documentNumber?.trim() || undefined;
    if (input.decidingAuthority !== undefined) r.decidingAuthority = input.decidingAuthority?.trim() || undefined;
    if (input.decisionDate !== undefined) {
      if (input.decisionDate && input.decisionDate > today()) {
        throw badInput('decisionDate', 'The decision date cannot be in the future', 'DATE_IN_FUTURE');
      }
      r.decisionDate = input.decisionDate ?? undefined;
    }
    if (input.evidence) r.evidence = input.evidence;
    if (input.selfCorrected !== undefined && input.selfCorrected !== null) r.selfCorrected = input.selfCorrected;
    if (input.selfCorrectionNote !== undefined) r.selfCorrectionNote = input.selfCorrectionNote?.trim() || undefined;
    await ctx.em.flush();
    return r;
  }

  async submit(ctx: AppContext, id: string, version: number): Promise<DishonestyRecord> {
    const r = await this.load(ctx, id, version, EDITABLE);
    r.status = S.SUBMITTED;
    r.submittedAt = new Date();
    await ctx.em.flush();
    return r;
  }

  /**
   * Maker–checker: someone other than the recorder confirms. Confirmation sets
   * the disclosure period and the objection window, applies the
   * self-correction rules, and triggers the automatic measures.
   */
  async confirm(ctx: AppContext, id: string, version: number): Promise<DishonestyRecord> {
    const r = await this.load(ctx, id, version, [S.SUBMITTED]);
    this.assertNotOwn(ctx, r, 'confirm');
    const policy = await creditPolicyService.get(ctx.em);
    const calendar = await calendarService.load(ctx.em);
    const day = today();
    r.status = S.CONFIRMED;
    r.confirmedAt = new Date();
    r.confirmedBy = ctx.em.getReference(User, ctx.user!.id, { wrapped: true });
    r.returnReason = undefined;
    r.mitigation = mitigationFor(policy, r.selfCorrected, r.severity);
    r.disclosureStart = day;
    r.disclosureEnd = addDays(day, policy.disclosureDays(r.severity) - 1);
    r.objectionDeadline = calendar.addWorkingDays(day, policy.objectionWindowWorkingDays);
    await measureService.triggerFor(ctx.em, r, ctx.em.getReference(User, ctx.user!.id));
    await ctx.em.flush();
    return r;
  }

  async return(ctx: AppContext, id: string, reason: string, version: number): Promise<DishonestyRecord> {
    if (reason.trim().length < 2) throw badInput('reason', 'Say why the record goes back', 'REASON_REQUIRED');
    const r = await this.load(ctx, id, version, [S.SUBMITTED]);
    this.assertNotOwn(ctx, r, 'return');
    r.status = S.RETURNED;
    r.returnReason = reason.trim();
    await ctx.em.flush();
    return r;
  }

  /** Records are never deleted: revocation keeps the record, with who and why. */
  async revoke(ctx: AppContext, id: string, reason: string, version: number): Promise<DishonestyRecord> {
    if (reason.trim().length < 4) throw badInput('reason', 'Give the reason for revoking the record', 'REASON_REQUIRED');
    const r = await this.load(ctx, id, version, [S.DRAFT, S.SUBMITTED, S.RETURNED, S.CONFIRMED]);
    this.markRevoked(ctx, r, reason.trim());
    await measureService.cancelForRecord(ctx.em, r, `记录已撤销：${reason.trim()}`);
    await ctx.em.flush();
    return r;
  }

  markRevoked(ctx: AppContext, r: DishonestyRecord, reason: string) {
    r.status = S.REVOKED;
    r.revokedAt = new Date();
    r.revokedBy = ctx.em.getReference(User, ctx.user!.id, { wrapped: true });
    r.revokeReason = reason;
    r.disputed = false;
  }

  /**
   * Credit repair (信用修复): after verified rectification and the minimum
   * period for its severity, the record stops counting and being disclosed.
   */
  async repair(ctx: AppContext, id: string, reason: string, version: number): Promise<DishonestyRecord> {
    if (reason.trim().length < 4) throw badInput('reason', 'Give the grounds for repair', 'REASON_REQUIRED');
    const r = await this.load(ctx, id, version, [S.CONFIRMED]);
    if (r.repairedAt) throw conflict('The record is already repaired', R.ILLEGAL_TRANSITION, 'status');
    if (r.disputed) throw conflict('Decide the pending objection first', R.ALREADY_DISPUTED);
    const rects = await ctx.em.find(Rectification, { record: r.id });
    if (!rects.length || rects.some((x) => x.status !== RectificationStatus.VERIFIED)) {
      throw conflict('Repair needs a rectification that has been verified', R.RECTIFICATION_NOT_VERIFIED);
    }
    const policy = await creditPolicyService.get(ctx.em);
    const from = r.decisionDate ?? r.confirmedAt!.toISOString().slice(0, 10);
    const earliest = addDays(from, policy.repairMinDays(r.severity));
    if (today() < earliest) {
      throw new AppError(ErrorCode.CONFLICT, `A ${r.severity.toLowerCase()} record can be repaired from ${earliest}`, R.REPAIR_TOO_EARLY, undefined, undefined, {
        earliestRepairOn: earliest,
      });
    }
    r.repairedAt = new Date();
    r.repairedBy = ctx.em.getReference(User, ctx.user!.id, { wrapped: true });
    r.repairReason = reason.trim();
    await measureService.endForRecord(ctx.em, r);
    await ctx.em.flush();
    return r;
  }

  /** Whether a record is inside its disclosure period today (and not repaired). */
  isDisclosed(r: DishonestyRecord, day = today()): boolean {
    return counts(r) && !!r.disclosureStart && r.disclosureStart <= day && (!r.disclosureEnd || r.disclosureEnd >= day);
  }

  private async load(ctx: AppContext, id: string, version: number, allowed: S[]): Promise<DishonestyRecord> {
    const r = await this.get(ctx, id);
    assertVersion(r, version);
    if (!allowed.includes(r.status)) {
      throw conflict(`Not possible while the record is ${r.status.toLowerCase()}`, R.ILLEGAL_TRANSITION, 'status');
    }
    return r;
  }

  private assertNotOwn(ctx: AppContext, r: DishonestyRecord, what: string) {
    if (r.recordedBy?.id === ctx.user!.id) {
      throw conflict(`Someone other than the recorder must ${what} this record`, R.OWN_RECORD);
    }
  }

  private async section(ctx: AppContext, id: string) {
    const unit = await ctx.em.findOne(Unit, id);
    if (!unit) throw badInput('responsibleSectionId', 'The section does not exist', R.REFERENCE_NOT_FOUND);
    return ctx.em.getReference(Unit, unit.id, { wrapped: true });
  }
}

export const dishonestyRecordService = new DishonestyRecordService();
