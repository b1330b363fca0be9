import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../../app/clock';
import { loadChildren } from '../../app/batch';
import type { AppContext } from '../../app/context';
import { assertVersion, badInput, conflict, isUuid, notFound } from '../../app/errors';
import type { GraphQLResolveInfo } from 'graphql';
import { findPage, likePattern, type Page } from '../../app/list';
import { canSeeUnit, visibleUnitIds } from '../../app/scope';
import { User } from '../auth/user.entity';
import { PersonStatus, PlanArea } from '../organisation/organisation.enums';
import { Person } from '../organisation/person.entity';
import { responsibleSectionFor } from '../organisation/responsible-section';
import { Unit } from '../organisation/unit.entity';
import { TrainingAttendance, TrainingPolicy, TrainingSession } from './training.entity';
import { AttendanceStatus, TrainingErrorReason as R } from './training.enums';
import {
  TrainingHoursSortField,
  TrainingSessionSortField,
  type CreateTrainingSessionInput,
  type RecordAttendanceInput,
  type TrainingAttendanceListArgs,
  type TrainingHoursArgs,
  type TrainingSessionListArgs,
  type UpdateAttendanceInput,
  type UpdateTrainingPolicyInput,
  type UpdateTrainingSessionInput,
} from './training.input';
import type { PersonTraining, PersonTrainingHours, TrainingHoursList, TrainingReminder } from './training.types';

const sortColumn: Record<TrainingSessionSortField, keyof TrainingSession> = {
  [TrainingSessionSortField.HELD_ON]: 'heldOn',
  [TrainingSessionSortField.TOPIC]: 'topic',
  [TrainingSessionSortField.HOURS]: 'hours',
};

const oneDecimal = (n: number) => Math.round(n * 10) / 10;
const yearRange = (year: number) => ({ $gte: `${year}-01-01`, $lte: `${year}-12-31` });

/** Hours count when the person attended, and, where the session has an exam, passed it. */
function credit(session: TrainingSession, a: Pick<TrainingAttendance, 'status' | 'hoursAttended' | 'passed'>): number {
  if (a.status !== AttendanceStatus.ATTENDED) return 0;
  if (session.examRequired && !a.passed) return 0;
  return a.hoursAttended;
}

interface Totals {
  hours: number;
  sessions: number;
}

export class TrainingService {
  // ----- sessions -----

  /** Sessions are bureau-wide events: every signed-in user sees them (attendance is scoped). */
  async sessions(ctx: AppContext, args: TrainingSessionListArgs, info?: GraphQLResolveInfo): Promise<Page<TrainingSession>> {
    const f = args.filter ?? {};
    const where: FilterQuery<TrainingSession> & Record<string, unknown> = {};
    if (f.q?.trim()) {
      const p = likePattern(f.q);
      where.$or = [{ topic: { $ilike: p } }, { trainer: { $ilike: p } }, { audience: { $ilike: p } }];
    }
    if (f.kinds?.length) where.kind = { $in: f.kinds };
    if (f.year) where.heldOn = yearRange(f.year);
    const orderBy: QueryOrderMap<TrainingSession>[] = [];
    if (args.sort) orderBy.push({ [sortColumn[args.sort.field]]: args.sort.order });
    orderBy.push({ heldOn: 'DESC' }, { id: 'ASC' });
    return findPage(ctx.em, TrainingSession, where, { orderBy, offset: args.offset, limit: args.limit }, info);
  }

  async session(ctx: AppContext, id: string): Promise<TrainingSession> {
    const session = isUuid(id) ? await ctx.em.findOne(TrainingSession, id) : null;
    if (!session) throw notFound('Training session');
    return session;
  }

  async createSession(ctx: AppContext, input: CreateTrainingSessionInput): Promise<TrainingSession> {
    const session = ctx.em.create(TrainingSession, {
      topic: input.topic.trim(),
      kind: input.kind,
      heldOn: input.heldOn,
      hours: oneDecimal(input.hours),
      trainer: input.trainer?.trim() || undefined,
      organiser: await this.organiser(ctx, input.organiserId),
      audience: input.audience?.trim() || undefined,
      description: input.description?.trim() || undefined,
      examRequired: input.examRequired ?? false,
      passMark: input.passMark ?? undefined,
    });
    await ctx.em.flush();
    return session;
  }

  async updateSession(ctx: AppContext, id: string, input: UpdateTrainingSessionInput, version: number): Promise<TrainingSession> {
    const s = await this.session(ctx, id);
    assertVersion(s, version);
    // Credited hours were worked out from these: they stay as they were once attendance exists.
    const fixed = (['heldOn', 'hours', 'examRequired', 'passMark'] as const).find(
      (k) => input[k] !== undefined && input[k] !== null && input[k] !== s[k],
    );
    if (fixed && (await ctx.em.count(TrainingAttendance, { session: s.id }))) {
      throw conflict(`${fixed} cannot change once attendance is recorded`, R.ATTENDANCE_RECORDED, fixed);
    }
    if (input.topic) s.topic = input.topic.trim();
    if (input.kind) s.kind = input.kind;
    if (input.heldOn) s.heldOn = input.heldOn;
    if (input.hours) s.hours = oneDecimal(input.hours);
    if (input.trainer !== undefined) s.trainer = input.trainer?.trim() || undefined;
    if (input.organiserId) s.organiser = await this.organiser(ctx, input.organiserId);
    if (input.audience !== undefined) s.audience = input.audience?.trim() || undefined;
    if (input.description !== undefined) s.description = input.description?.trim() || undefined;
    if (input.examRequired !== undefined && input.examRequired !== null) s.examRequired = input.examRequired;
    if (input.passMark !== undefined && input.passMark !== null) s.passMark = input.passMark;
    await ctx.em.flush();
    return s;
  }

  // ----- attendance -----

  async attendances(ctx: AppContext, args: TrainingAttendanceListArgs, info?: GraphQLResolveInfo): Promise<Page<TrainingAttendance>> {
    const f = args.filter ?? {};
    const where: FilterQuery<TrainingAttendance> & Record<string, unknown> = {};
    const and: FilterQuery<TrainingAttendance>[] = [];
    if (f.sessionId) where.session = f.sessionId;
    if (f.personId) where.person = f.personId;
    if (f.statuses?.length) where.status = { $in: f.statuses };
    if (f.year) where.session = { ...(f.sessionId ? { id: f.sessionId } : {}), heldOn: yearRange(f.year) };
    if (f.unitId) and.push({ scopeUnit: f.unitId });
    const visible = await visibleUnitIds(ctx);
    if (visible) and.push({ scopeUnit: { $in: [...visible] } });
    if (and.length) where.$and = and;
    return findPage(
      ctx.em,
      TrainingAttendance,
      where,
      { orderBy: [{ session: { heldOn: 'DESC' } }, { person: { staffNumber: 'ASC' } }, { id: 'ASC' }], offset: args.offset, limit: args.limit },
      info,
    );
  }

  /** The attendance of one session the caller may see (a unit reporter: its own staff). */
  /** Attendance of the session; the sessions of one request load with one statement. */
  async attendanceOf(ctx: AppContext, session: TrainingSession): Promise<TrainingAttendance[]> {
    const visible = await visibleUnitIds(ctx);
    const fetch = (sessionIds: string[]) =>
      ctx.em.find(
        TrainingAttendance,
        { session: { $in: sessionIds }, ...(visible ? { scopeUnit: { $in: [...visible] } } : {}) },
        { orderBy: [{ person: { staffNumber: 'ASC' } }, { id: 'ASC' }] },
      );
    return loadChildren(ctx, 'TrainingSession.attendances', session.id, fetch, (a) => a.session.id);
  }

  /**
   * Records who attended a session that has taken place. A unit reporter
   * records only its own unit's staff; a person already recorded for the
   * session is corrected with `updateTrainingAttendance`.
   */
  async record(ctx: AppContext, input: RecordAttendanceInput): Promise<TrainingAttendance[]> {
    const session = isUuid(input.sessionId) ? await ctx.em.findOne(TrainingSession, input.sessionId) : null;
    if (!session) throw badInput('sessionId', 'The training session does not exist', R.REFERENCE_NOT_FOUND);
    if (session.heldOn > today()) throw conflict(`The session takes place on ${session.heldOn}`, R.NOT_YET_HELD, 'sessionId');
    const ids = input.entries.map((e) => e.personId);
    const people = new Map((await ctx.em.find(Person, { id: { $in: ids } })).map((p) => [p.id, p]));
    const existing = new Set(
      (await ctx.em.find(TrainingAttendance, { session: session.id, person: { $in: ids } })).map((a) => a.person.id),
    );
    const seen = new Set<string>();
    const created: TrainingAttendance[] = [];
    for (const [i, entry] of input.entries.entries()) {
      const field = `entries.${i}`;
      const person = people.get(entry.personId);
      if (!person || !(await canSeeUnit(ctx, person.unit.id))) {
        throw badInput(`${field}.personId`, 'The person does not exist', R.REFERENCE_NOT_FOUND);
      }
      if (seen.has(person.id)) throw badInput(`${field}.personId`, 'The person is listed twice', R.DUPLICATE_PERSON);
      seen.add(person.id);
      if (existing.has(person.id)) {
        throw conflict(`${person.name} is already recorded for this session`, R.ATTENDANCE_EXISTS, `${field}.personId`);
      }
      const a = ctx.em.create(TrainingAttendance, {
        session,
        person,
        scopeUnit: person.unit,
        status: entry.status,
        note: entry.note?.trim() || undefined,
        recordedBy: ctx.em.getReference(User, ctx.user!.id, { wrapped: true }),
      });
      this.apply(session, a, entry.status, entry.hours, entry.examScore, field);
      created.push(a);
    }
    await ctx.em.flush();
    return created;
  }

  async updateAttendance(ctx: AppContext, id: string, input: UpdateAttendanceInput, version: number): Promise<TrainingAttendance> {
    const a = isUuid(id) ? await ctx.em.findOne(TrainingAttendance, id, { populate: ['session'] }) : null;
    if (!a || !(await canSeeUnit(ctx, a.scopeUnit.id))) throw notFound('Training attendance');
    assertVersion(a, version);
    const status = input.status ?? a.status;
    const hours = input.hours ?? (status === a.status ? a.hoursAttended : undefined);
    const score = input.examScore === undefined ? a.examScore : (input.examScore ?? undefined);
    // A stored score goes with the attendance; a score sent for someone absent is refused.
    this.apply(a.session.getEntity(), a, status, hours, status === AttendanceStatus.ATTENDED ? score : input.examScore, '');
    if (input.note !== undefined) a.note = input.note?.trim() || undefined;
    await ctx.em.flush();
    return a;
  }

  // ----- hours against the yearly minimum -----

  async policy(em: EntityManager): Promise<TrainingPolicy> {
    return (await em.findOne(TrainingPolicy, 'default')) ?? em.create(TrainingPolicy, {});
  }

  async updatePolicy(ctx: AppContext, input: UpdateTrainingPolicyInput, version: number): Promise<TrainingPolicy> {
    const policy = await this.policy(ctx.em);
    assertVersion(policy, version);
    policy.minimumHoursPerYear = oneDecimal(input.minimumHoursPerYear);
    await ctx.em.flush();
    return policy;
  }

  /** Every active member of staff in the caller's scope with the year's hours; those behind the minimum flagged. */
  async hours(ctx: AppContext, args: TrainingHoursArgs): Promise<TrainingHoursList> {
    const visible = await visibleUnitIds(ctx);
    const units = args.unitId ? (visible && !visible.has(args.unitId) ? [] : [args.unitId]) : visible ? [...visible] : undefined;
    const all = await this.rows(ctx.em, args.year, units);
    let rows = args.behindOnly ? all.filter((r) => r.behind) : all;
    if (args.sort) {
      const dir = args.sort.order === 'DESC' ? -1 : 1;
      const key = args.sort.field;
      rows = [...rows].sort((a, b) => {
        const d =
          key === TrainingHoursSortField.HOURS
            ? a.hours - b.hours
            : key === TrainingHoursSortField.NAME
              ? a.person.name.localeCompare(b.person.name, 'zh-CN')
              : a.person.staffNumber.localeCompare(b.person.staffNumber);
        return d * dir || a.person.staffNumber.localeCompare(b.person.staffNumber);
      });
    }
    return {
      items: rows.slice(args.offset, args.offset + args.limit),
      total: rows.length,
      behind: all.filter((r) => r.behind).length,
      minimumHours: (await this.policy(ctx.em)).minimumHoursPerYear,
    };
  }

  /** 学时提醒: per unit, the staff in the caller's scope who are below the minimum for the year. */
  async reminders(ctx: AppContext, year: number): Promise<TrainingReminder[]> {
    // The same years as trainingHours accepts.
    if (year < 2000 || year > 2100) throw badInput('year', 'The year must be between 2000 and 2100', 'YEAR_OUT_OF_RANGE');
    const visible = await visibleUnitIds(ctx);
    return this.remindersFor(ctx.em, year, visible ? [...visible] : undefined);
  }

  async remindersFor(em: EntityManager, year: number, unitIds?: string[]): Promise<TrainingReminder[]> {
    const behind = (await this.rows(em, year, unitIds)).filter((r) => r.behind);
    const byUnit = new Map<string, TrainingReminder>();
    for (const r of behind) {
      const entry = byUnit.get(r.unit.id) ?? { unit: r.unit, year, minimumHours: r.minimumHours, people: [] };
      entry.people.push(r);
      byUnit.set(r.unit.id, entry);
    }
    return [...byUnit.values()].sort((a, b) => a.unit.sortOrder - b.unit.sortOrder || a.unit.name.localeCompare(b.unit.name));
  }

  /** The training part of a person's integrity file. */
  async personYear(em: EntityManager, personId: string, year: number): Promise<PersonTraining> {
    const [attendances, policy] = await Promise.all([
      em.find(TrainingAttendance, { person: personId, session: { heldOn: yearRange(year) } }, {
        orderBy: [{ session: { heldOn: 'DESC' } }, { id: 'ASC' }],
      }),
      this.policy(em),
    ]);
    const hours = oneDecimal(attendances.reduce((n, a) => n + a.hoursCredited, 0));
    return {
      year,
      hours,
      sessionsAttended: attendances.filter((a) => a.status === AttendanceStatus.ATTENDED).length,
      minimumHours: policy.minimumHoursPerYear,
      behind: hours < policy.minimumHoursPerYear,
      attendances,
    };
  }

  private async rows(em: EntityManager, year: number, unitIds?: string[]): Promise<PersonTrainingHours[]> {
    if (unitIds && unitIds.length === 0) return [];
    const [people, totals, policy] = await Promise.all([
      em.find(
        Person,
        { status: PersonStatus.ACTIVE, ...(unitIds ? { unit: { $in: unitIds } } : {}) },
        { populate: ['unit'], orderBy: [{ unit: { sortOrder: 'ASC' } }, { staffNumber: 'ASC' }] },
      ),
      this.totals(em, year),
      this.policy(em),
    ]);
    const minimum = policy.minimumHoursPerYear;
    return people.map((person) => {
      const t = totals.get(person.id) ?? { hours: 0, sessions: 0 };
      return {
        person,
        unit: person.unit.getEntity(),
        year,
        hours: t.hours,
        sessionsAttended: t.sessions,
        minimumHours: minimum,
        shortfall: Math.max(0, oneDecimal(minimum - t.hours)),
        behind: t.hours < minimum,
      };
    });
  }

  private async totals(em: EntityManager, year: number): Promise<Map<string, Totals>> {
    const rows: { person_id: string; hours: number; sessions: number }[] = await em.getConnection().execute(
      `select a.person_id, coalesce(sum(a.hours_credited), 0)::float8 as hours,
              (count(*) filter (where a.status = 'ATTENDED'))::int as sessions
         from training_attendance a join training_session s on s.id = a.session_id
        where s.held_on between ? and ?
        group by a.person_id`,
      [`${year}-01-01`, `${year}-12-31`],
      'all',
      em.getTransactionContext(),
    );
    return new Map(rows.map((r) => [r.person_id, { hours: oneDecimal(Number(r.hours)), sessions: Number(r.sessions) }]));
  }

  /** Sets status, hours and exam result, and the hours credited that follow from them. */
  private apply(
    session: TrainingSession,
    a: TrainingAttendance,
    status: AttendanceStatus,
    hours: number | undefined,
    examScore: number | undefined | null,
    field: string,
  ) {
    const at = (name: string) => (field ? `${field}.${name}` : name);
    if (status !== AttendanceStatus.ATTENDED && examScore !== undefined && examScore !== null) {
      throw badInput(at('examScore'), 'Only someone who attended has an exam score', R.SCORE_WITHOUT_ATTENDANCE);
    }
    if (hours !== undefined && hours > session.hours) {
      throw badInput(at('hours'), `The session is worth ${session.hours} hours`, R.HOURS_EXCEED_SESSION);
    }
    a.status = status;
    a.hoursAttended = status === AttendanceStatus.ATTENDED ? oneDecimal(hours ?? session.hours) : 0;
    a.examScore = examScore ?? undefined;
    a.passed = examScore === undefined || examScore === null ? undefined : examScore >= session.passMark;
    a.hoursCredited = credit(session, a);
  }

  private async organiser(ctx: AppContext, id: string | undefined) {
    const unit = id ? await ctx.em.findOne(Unit, id) : await responsibleSectionFor(ctx.em, PlanArea.INTEGRITY_EDUCATION);
    if (!unit) throw badInput('organiserId', 'Name the organising section', R.REFERENCE_NOT_FOUND);
    return ctx.em.getReference(Unit, unit.id, { wrapped: true });
  }
}

export const trainingService = new TrainingService();
