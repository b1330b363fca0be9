import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../../app/clock';
import type { AppContext } from '../../app/context';
import { assertVersion, badInput, conflict, isUuid, notFound } from '../../app/errors';
import type { GraphQLResolveInfo } from 'graphql';
import { findPage, likePattern, type Page } from '../../app/list';
import { visibleUnitIds } from '../../app/scope';
import { User } from '../auth/user.entity';
import { MeasureApplicationStatus as S, MeasureKind, Mitigation, SEVERITY_RANK } from './credit.enums';
import { CreditErrorReason as R } from './credit.errors';
import { DishonestyRecord } from './dishonesty-record.entity';
import { Measure, MeasureApplication } from './measure.entity';
import type {
  ApplyMeasureInput,
  CreateMeasureInput,
  MeasureApplicationListArgs,
  MeasureListArgs,
  UpdateMeasureInput,
} from './measure.input';
import { getScoped, resolveSubject } from './subject';
import { addDays } from '../calendar/working-calendar';

function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1 + months, d));
  return addDays(t.toISOString().slice(0, 10), -1);
}

/** Whether an automatic measure's conditions match a confirmed record. */
export function measureMatches(measure: Measure, record: DishonestyRecord): boolean {
  if (!measure.active || !measure.automatic || measure.kind !== MeasureKind.PUNISHMENT) return false;
  if (measure.subjectTypes.length && !measure.subjectTypes.includes(record.subjectType)) return false;
  if (measure.categories.length && !measure.categories.includes(record.category)) return false;
  if (measure.minSeverity && SEVERITY_RANK[record.severity] < SEVERITY_RANK[measure.minSeverity]) return false;
  // Self-correction (主动纠错): waived punishment triggers nothing, mitigated only what still applies.
  if (record.mitigation === Mitigation.WAIVED) return false;
  if (record.mitigation === Mitigation.MITIGATED && !measure.appliesWhenMitigated) return false;
  return true;
}

export class MeasureService {
  async list(ctx: AppContext, args: MeasureListArgs, info?: GraphQLResolveInfo): Promise<Page<Measure>> {
    const where: FilterQuery<Measure> & Record<string, unknown> = {};
    if (args.kind) where.kind = args.kind;
    if (args.active !== undefined && args.active !== null) where.active = args.active;
    if (args.ids) where.id = { $in: args.ids };
    if (args.q?.trim()) where.$or = [{ name: { $ilike: likePattern(args.q) } }, { code: { $ilike: likePattern(args.q) } }];
    return findPage(ctx.em, Measure, where, { orderBy: { kind: 'ASC', code: 'ASC' }, offset: args.offset, limit: args.limit }, info);
  }

  async get(ctx: AppContext, id: string): Promise<Measure> {
    const m = isUuid(id) ? await ctx.em.findOne(Measure, id) : null;
    if (!m) throw notFound('Measure');
    return m;
  }

  async create(ctx: AppContext, input: CreateMeasureInput): Promise<Measure> {
    if (await ctx.em.count(Measure, { code: input.code })) throw conflict('Another measure has this code', R.MEASURE_CODE_TAKEN, 'code');
    const m = ctx.em.create(Measure, {
      ...input,
      name: input.name.trim(),
      effect: input.effect ?? undefined,
      automatic: input.automatic ?? false,
      subjectTypes: input.subjectTypes ?? [],
      categories: input.categories ?? [],
      appliesWhenMitigated: input.appliesWhenMitigated ?? false,
      durationMonths: input.durationMonths ?? 0,
    });
    await ctx.em.flush();
    return m;
  }

  async update(ctx: AppContext, id: string, input: UpdateMeasureInput, version: number): Promise<Measure> {
    const m = await this.get(ctx, id);
    assertVersion(m, version);
    for (const [key, value] of Object.entries(input)) {
      if (value !== undefined) (m as unknown as Record<string, unknown>)[key] = value ?? undefined;
    }
    await ctx.em.flush();
    return m;
  }

  async applications(ctx: AppContext, args: MeasureApplicationListArgs, info?: GraphQLResolveInfo): Promise<Page<MeasureApplication>> {
    const f = args.filter ?? {};
    const where: FilterQuery<MeasureApplication> & Record<string, unknown> = {};
    const and: FilterQuery<MeasureApplication>[] = [];
    if (f.statuses?.length) where.status = { $in: f.statuses };
    if (f.kind) where.measure = { kind: f.kind };
    if (f.measureId) and.push({ measure: f.measureId });
    if (f.subjectId) and.push({ $or: [{ subjectUnit: f.subjectId }, { subjectPerson: f.subjectId }] });
    if (f.recordId) where.record = f.recordId;
    if (f.unitId) where.scopeUnit = f.unitId;
    const visible = await visibleUnitIds(ctx);
    if (visible) and.push({ scopeUnit: { $in: [...visible] } });
    if (and.length) where.$and = and;
    return findPage(ctx.em, MeasureApplication, where, { orderBy: { effectiveFrom: 'DESC', id: 'ASC' }, offset: args.offset, limit: args.limit }, info);
  }

  getApplication(ctx: AppContext, id: string): Promise<MeasureApplication> {
    return getScoped(ctx, MeasureApplication, id, 'Measure application');
  }

  async apply(ctx: AppContext, input: ApplyMeasureInput): Promise<MeasureApplication> {
    const measure = isUuid(input.measureId) ? await ctx.em.findOne(Measure, input.measureId) : null;
    if (!measure) throw badInput('measureId', 'The measure does not exist', R.REFERENCE_NOT_FOUND);
    if (!measure.active) throw badInput('measureId', 'The measure is no longer in use', R.MEASURE_INACTIVE);
    const subject = await resolveSubject(ctx, input.subjectType, input.subjectId);
    let record: DishonestyRecord | undefined;
    if (input.recordId) {
      record = (await ctx.em.findOne(DishonestyRecord, input.recordId)) ?? undefined;
      if (!record) throw badInput('recordId', 'The record does not exist', R.REFERENCE_NOT_FOUND);
    }
    const from = input.effectiveFrom ?? today();
    const app = ctx.em.create(MeasureApplication, {
      ...subject,
      measure,
      record,
      automatic: false,
      effectiveFrom: from,
      effectiveTo: measure.durationMonths ? addMonths(from, measure.durationMonths) : undefined,
      note: input.note?.trim() || undefined,
      triggeredBy: ctx.em.getReference(User, ctx.user!.id),
    });
    await ctx.em.flush();
    return app;
  }

  async execute(ctx: AppContext, id: string, note: string | undefined, version: number) {
    return this.transition(ctx, id, version, [S.TRIGGERED], (a) => {
      a.status = S.EXECUTED;
      a.executedAt = new Date();
      if (note?.trim()) a.note = [a.note, note.trim()].filter(Boolean).join('\n');
    });
  }

  async feedback(ctx: AppContext, id: string, feedback: string, version: number) {
    if (feedback.trim().length < 2) throw badInput('feedback', 'Write the feedback', 'FEEDBACK_REQUIRED');
    return this.transition(ctx, id, version, [S.EXECUTED], (a) => {
      a.status = S.FEEDBACK_RECORDED;
      a.feedback = feedback.trim();
      a.feedbackAt = new Date();
    });
  }

  async cancel(ctx: AppContext, id: string, reason: string, version: number) {
    if (reason.trim().length < 2) throw badInput('reason', 'Give the reason', 'REASON_REQUIRED');
    return this.transition(ctx, id, version, [S.TRIGGERED, S.EXECUTED], (a) => {
      a.status = S.CANCELLED;
      a.cancelReason = reason.trim();
    });
  }

  /** Applies every automatic punishment whose conditions the newly confirmed record meets. */
  async triggerFor(em: EntityManager, record: DishonestyRecord, by?: User): Promise<number> {
    const measures = await em.find(Measure, { active: true, automatic: true, kind: MeasureKind.PUNISHMENT });
    const day = today();
    let n = 0;
    for (const measure of measures.filter((m) => measureMatches(m, record))) {
      em.create(MeasureApplication, {
        subjectType: record.subjectType,
        subjectUnit: record.subjectUnit,
        subjectPerson: record.subjectPerson,
        scopeUnit: record.scopeUnit,
        subjectName: record.subjectName,
        measure,
        record,
        automatic: true,
        effectiveFrom: day,
        effectiveTo: measure.durationMonths ? addMonths(day, measure.durationMonths) : undefined,
        triggeredBy: by,
      });
      n += 1;
    }
    return n;
  }

  /** A revoked record takes its measures with it. */
  async cancelForRecord(em: EntityManager, record: DishonestyRecord, reason: string): Promise<void> {
    const apps = await em.find(MeasureApplication, { record: record.id, status: { $in: [S.TRIGGERED, S.EXECUTED] } });
    for (const a of apps) {
      a.status = S.CANCELLED;
      a.cancelReason = reason;
    }
  }

  /** A repaired record stops its lasting measures from today. */
  async endForRecord(em: EntityManager, record: DishonestyRecord): Promise<void> {
    const day = today();
    const apps = await em.find(MeasureApplication, { record: record.id, status: { $ne: S.CANCELLED } });
    for (const a of apps) if (!a.effectiveTo || a.effectiveTo > day) a.effectiveTo = day;
  }

  private async transition(
    ctx: AppContext,
    id: string,
    version: number,
    from: S[],
    change: (a: MeasureApplication) => void,
  ): Promise<MeasureApplication> {
    const a = await this.getApplication(ctx, id);
    assertVersion(a, version);
    if (!from.includes(a.status)) {
      throw conflict(`Not possible while the measure is ${a.status.toLowerCase()}`, R.ILLEGAL_TRANSITION, 'status');
    }
    change(a);
    await ctx.em.flush();
    return a;
  }
}

export const measureService = new MeasureService();
