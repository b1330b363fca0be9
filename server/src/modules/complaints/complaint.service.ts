import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../../app/clock';
import type { AppContext } from '../../app/context';
import { AppError, assertVersion, badInput, conflict, ErrorCode, forbidden, isUuid, notFound } from '../../app/errors';
import type { GraphQLResolveInfo } from 'graphql';
import { findPage, likePattern, type Page } from '../../app/list';
import { RateLimiter } from '../../app/rate-limit';
import { Role } from '../../app/roles';
import { visibleUnitIds } from '../../app/scope';
import { auditService, requirePurpose } from '../audit/audit.service';
import { User } from '../auth/user.entity';
import { dummyHash, hashPassword, verifyPassword } from '../auth/password';
import { calendarService } from '../calendar/calendar.service';
import { RecordCategory, RecordSource, Severity, SubjectType } from '../credit/credit.enums';
import { DishonestyRecord } from '../credit/dishonesty-record.entity';
import { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';
import { Complaint, ReplyTemplate } from './complaint.entity';
import {
  ComplaintConclusion as Conclusion,
  ComplaintErrorReason as R,
  ComplaintStatus as S,
  ComplaintChannel,
  Satisfaction,
} from './complaint.enums';
import {
  ComplaintSortField,
  type AssignComplaintInput,
  type ComplaintListArgs,
  type ConcludeComplaintInput,
  type PublicComplaintInput,
  type RegisterComplaintInput,
  type ReplyTemplateInput,
} from './complaint.input';
import { LOOKUP_LENGTH, newReceiptCode, normaliseReceiptCode } from './receipt';

// The plan: acceptance is decided within 5 working days of receipt. Handling
// gets 30 working days from assignment (about six weeks), inside the 60 days
// the State Council's regulation on letters and visits allows.
export const ACCEPTANCE_WORKING_DAYS = 5;
export const HANDLING_WORKING_DAYS = 30;

const CONCLUSION_ZH: Record<Conclusion, string> = {
  SUBSTANTIATED: '属实',
  PARTLY_SUBSTANTIATED: '部分属实',
  UNSUBSTANTIATED: '不属实',
};

// Public intake: a few reports and status look-ups per address and window.
export const intakeLimiter = new RateLimiter(Number(process.env.PUBLIC_INTAKE_PER_HOUR ?? 5), 3600_000);
export const receiptLimiter = new RateLimiter(Number(process.env.PUBLIC_LOOKUPS_PER_HOUR ?? 60), 3600_000);

export interface FiledComplaint {
  complaint: Complaint;
  /** Shown once; only its hash is kept. */
  receiptCode: string;
}

export interface BulkOutcome {
  id: string;
  ok: boolean;
  code?: string;
  message?: string;
}

const sortColumn: Record<ComplaintSortField, keyof Complaint> = {
  [ComplaintSortField.RECEIVED_ON]: 'receivedOn',
  [ComplaintSortField.CASE_NUMBER]: 'caseNumber',
  [ComplaintSortField.STATUS]: 'status',
  [ComplaintSortField.HANDLING_DUE_ON]: 'handlingDueOn',
};

export class ComplaintService {
  async list(ctx: AppContext, args: ComplaintListArgs, info?: GraphQLResolveInfo): Promise<Page<Complaint>> {
    const f = args.filter ?? {};
    const where: FilterQuery<Complaint> & Record<string, unknown> = {};
    const and: FilterQuery<Complaint>[] = [];
    if (f.q?.trim()) {
      const p = likePattern(f.q);
      and.push({ $or: [{ title: { $ilike: p } }, { content: { $ilike: p } }, { caseNumber: { $ilike: p } }] });
    }
    if (f.statuses?.length) where.status = { $in: f.statuses };
    if (f.channels?.length) where.channel = { $in: f.channels };
    if (f.categories?.length) where.category = { $in: f.categories };
    if (f.conclusion) where.conclusion = f.conclusion;
    if (f.ids) and.push({ id: { $in: f.ids } });
    if (f.unitId) and.push({ $or: [{ leadUnit: f.unitId }, { coUnits: f.unitId }] });
    const visible = await visibleUnitIds(ctx);
    if (visible) {
      const units = [...visible];
      and.push({ $or: [{ leadUnit: { $in: units } }, { coUnits: { $in: units } }, { concernedUnit: { $in: units } }] });
    }
    if (and.length) where.$and = and;
    const orderBy: QueryOrderMap<Complaint>[] = [];
    if (args.sort) orderBy.push({ [sortColumn[args.sort.field]]: args.sort.order });
    orderBy.push({ receivedOn: 'DESC' }, { caseNumber: 'DESC' });
    return findPage(ctx.em, Complaint, where, { orderBy, offset: args.offset, limit: args.limit }, info);
  }

  async get(ctx: AppContext, id: string): Promise<Complaint> {
    const c = isUuid(id) ? await ctx.em.findOne(Complaint, id, { populate: ['coUnits'] }) : null;
    if (!c || !(await this.visible(ctx, c))) throw notFound('Complaint');
    return c;
  }

  /** Public intake: no account; identifying details only if the reporter gives them. */
  async filePublic(ctx: AppContext, input: PublicComplaintInput): Promise<FiledComplaint> {
    intakeLimiter.take(ctx.clientIp);
    return this.file(ctx, { ...input, channel: ComplaintChannel.ONLINE_FORM }, undefined);
  }

  /** Staff register a report received by telephone, post or in person. */
  async register(ctx: AppContext, input: RegisterComplaintInput): Promise<FiledComplaint> {
    const by = ctx.em.getReference(User, ctx.user!.id);
    return this.file(ctx, input, by);
  }

  /** The reporter's identity, for a stated purpose; the read is recorded in the audit chain first. */
  async reporter(ctx: AppContext, id: string, purpose: string) {
    const why = requirePurpose(purpose);
    const c = await this.get(ctx, id);
    await auditService.recordRead(ctx, { command: 'complaintReporter', entityType: 'Complaint', entityId: c.id, scopeUnitId: c.leadUnit?.id, purpose: why });
    return { anonymous: c.anonymous, name: c.reporterName ?? null, phone: c.reporterPhone ?? null, contact: c.reporterContact ?? null };
  }

  async accept(ctx: AppContext, id: string, version: number): Promise<Complaint> {
    const c = await this.load(ctx, id, version, [S.RECEIVED]);
    c.status = S.ACCEPTED;
    c.acceptanceDecidedAt = new Date();
    await ctx.em.flush();
    return c;
  }

  async reject(ctx: AppContext, id: string, reason: string, version: number): Promise<Complaint> {
    if (reason.trim().length < 4) throw badInput('reason', 'Say why the report is not accepted', 'REASON_REQUIRED');
    const c = await this.load(ctx, id, version, [S.RECEIVED]);
    c.status = S.NOT_ACCEPTED;
    c.acceptanceDecidedAt = new Date();
    c.notAcceptedReason = reason.trim();
    await ctx.em.flush();
    return c;
  }

  async assign(ctx: AppContext, id: string, input: AssignComplaintInput, version: number): Promise<Complaint> {
    const c = await this.load(ctx, id, version, [S.ACCEPTED]);
    await this.setUnits(ctx, c, input);
    const day = today();
    c.status = S.ASSIGNED;
    c.assignedOn = day;
    c.handlingDueOn = (await calendarService.load(ctx.em)).addWorkingDays(day, HANDLING_WORKING_DAYS);
    c.transfers = [...c.transfers, { from: null, to: c.leadUnit!.id, on: day, reason: '交办' }];
    await ctx.em.flush();
    return c;
  }

  /** A case goes to another lead unit; the handling deadline stands. */
  async transfer(ctx: AppContext, id: string, toUnitId: string, reason: string, version: number): Promise<Complaint> {
    if (reason.trim().length < 2) throw badInput('reason', 'Say why the case is transferred', 'REASON_REQUIRED');
    const c = await this.load(ctx, id, version, [S.ASSIGNED, S.INVESTIGATING]);
    if (c.leadUnit?.id === toUnitId) throw badInput('toUnitId', 'The case is already with that unit', R.SAME_UNIT);
    const from = c.leadUnit?.id ?? null;
    await this.setUnits(ctx, c, { leadUnitId: toUnitId, coUnitIds: c.coUnits.getItems().map((u) => u.id).filter((u) => u !== toUnitId) }, 'toUnitId');
    c.status = S.ASSIGNED;
    c.transfers = [...c.transfers, { from, to: toUnitId, on: today(), reason: reason.trim() }];
    await ctx.em.flush();
    return c;
  }

  async startInvestigation(ctx: AppContext, id: string, version: number): Promise<Complaint> {
    const c = await this.load(ctx, id, version, [S.ASSIGNED]);
    this.assertHandler(ctx, c);
    c.status = S.INVESTIGATING;
    await ctx.em.flush();
    return c;
  }

  /** Concludes the investigation; substantiated conduct becomes a draft dishonesty record (S4 → C2). */
  async conclude(ctx: AppContext, id: string, input: ConcludeComplaintInput, version: number): Promise<Complaint> {
    const c = await this.load(ctx, id, version, [S.INVESTIGATING]);
    this.assertHandler(ctx, c);
    c.status = S.CONCLUDED;
    c.conclusion = input.conclusion;
    c.findings = input.findings.trim();
    c.concludedAt = new Date();
    if (input.conclusion !== Conclusion.UNSUBSTANTIATED && !c.recordId) {
      c.recordId = (await this.draftRecord(ctx, c, input)).id;
    }
    await ctx.em.flush();
    return c;
  }

  async reply(ctx: AppContext, id: string, text: string | undefined, templateId: string | undefined, version: number) {
    const c = await this.load(ctx, id, version, [S.CONCLUDED]);
    let body = text?.trim();
    if (!body && templateId) {
      const t = isUuid(templateId) ? await ctx.em.findOne(ReplyTemplate, templateId) : null;
      if (!t) throw badInput('templateId', 'The template does not exist', R.REFERENCE_NOT_FOUND);
      body = t.body
        .replaceAll('{caseNumber}', c.caseNumber)
        .replaceAll('{conclusion}', c.conclusion ? CONCLUSION_ZH[c.conclusion] : '')
        .replaceAll('{findings}', c.findings ?? '');
    }
    if (!body || body.length < 4) throw badInput('reply', 'Write the reply or choose a template', 'REPLY_REQUIRED');
    c.reply = body;
    c.repliedAt = new Date();
    c.status = S.REPLIED;
    c.satisfaction = undefined;
    await ctx.em.flush();
    return c;
  }

  /** Satisfaction recorded by staff (telephone follow-up) or by the reporter with the receipt. */
  async recordSatisfaction(ctx: AppContext, c: Complaint, satisfaction: Satisfaction, comment?: string): Promise<Complaint> {
    if (c.status !== S.REPLIED || c.satisfaction) {
      throw conflict('Satisfaction is recorded once, after the reply', R.ILLEGAL_TRANSITION, 'status');
    }
    c.satisfaction = satisfaction;
    c.satisfactionComment = comment?.trim() || undefined;
    // An unsatisfactory result may be re-handled once; after that, or when satisfied, the case closes.
    if (satisfaction !== Satisfaction.DISSATISFIED || c.rehandleCount >= 1) c.status = S.CLOSED;
    await ctx.em.flush();
    return c;
  }

  async rateByStaff(ctx: AppContext, id: string, satisfaction: Satisfaction, comment: string | undefined, version: number) {
    const c = await this.get(ctx, id);
    assertVersion(c, version);
    return this.recordSatisfaction(ctx, c, satisfaction, comment);
  }

  async rehandle(ctx: AppContext, id: string, reason: string, version: number): Promise<Complaint> {
    const c = await this.load(ctx, id, version, [S.REPLIED]);
    if (c.satisfaction !== Satisfaction.DISSATISFIED || c.rehandleCount >= 1) {
      throw conflict('Only an unsatisfactory result can be re-handled, and only once', R.REHANDLE_NOT_ALLOWED);
    }
    const day = today();
    c.rehandleCount += 1;
    c.status = S.ASSIGNED;
    c.assignedOn = day;
    c.handlingDueOn = (await calendarService.load(ctx.em)).addWorkingDays(day, HANDLING_WORKING_DAYS);
    c.transfers = [...c.transfers, { from: c.leadUnit?.id ?? null, to: c.leadUnit!.id, on: day, reason: `重新办理：${reason.trim()}` }];
    c.conclusion = undefined;
    c.findings = undefined;
    c.concludedAt = undefined;
    await ctx.em.flush();
    return c;
  }

  async close(ctx: AppContext, id: string, version: number): Promise<Complaint> {
    const c = await this.load(ctx, id, version, [S.REPLIED]);
    if (!c.satisfaction) throw conflict('Record the reporter’s satisfaction first', R.ILLEGAL_TRANSITION, 'status');
    c.status = S.CLOSED;
    await ctx.em.flush();
    return c;
  }

  // ----- the reporter's side, with the receipt code -----

  async byReceipt(ctx: AppContext, code: string): Promise<Complaint> {
    receiptLimiter.take(ctx.clientIp);
    const normal = normaliseReceiptCode(code);
    const candidates = normal
      ? await ctx.em.find(Complaint, { receiptLookup: normal.slice(0, LOOKUP_LENGTH) }, { limit: 10 })
      : [];
    for (const c of candidates) if (await verifyPassword(c.receiptHash, normal!.slice(LOOKUP_LENGTH))) return c;
    // Spend the same time on a miss as on a hit, so codes cannot be probed by timing.
    await verifyPassword(await dummyHash(), normal ?? code);
    throw new AppError(ErrorCode.NOT_FOUND, 'No report matches this receipt code', R.RECEIPT_NOT_FOUND);
  }

  async rateByReceipt(ctx: AppContext, code: string, satisfaction: Satisfaction, comment?: string) {
    return this.recordSatisfaction(ctx, await this.byReceipt(ctx, code), satisfaction, comment);
  }

  // ----- bulk actions -----

  async bulk(ctx: AppContext, ids: string[], action: (id: string, version: number) => Promise<unknown>): Promise<BulkOutcome[]> {
    const out: BulkOutcome[] = [];
    for (const id of ids) {
      // Each case is its own transaction: one refusal does not undo the others.
      const em = ctx.em.fork();
      try {
        const c = await this.get({ ...ctx, em }, id);
        await action.call(this, id, c.version);
        out.push({ id, ok: true });
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        out.push({ id, ok: false, code: e.code, message: e.message });
      }
    }
    return out;
  }

  // ----- reply templates -----

  templates(ctx: AppContext, activeOnly: boolean) {
    return ctx.em.find(ReplyTemplate, activeOnly ? { active: true } : {}, { orderBy: { category: 'ASC', title: 'ASC' } });
  }

  async saveTemplate(ctx: AppContext, id: string | undefined, input: ReplyTemplateInput, version?: number) {
    let t: ReplyTemplate;
    if (id) {
      const found = isUuid(id) ? await ctx.em.findOne(ReplyTemplate, id) : null;
      if (!found) throw notFound('Reply template');
      assertVersion(found, version ?? -1);
      t = found;
      Object.assign(t, { category: input.category, title: input.title.trim(), body: input.body, active: input.active ?? t.active });
    } else {
      t = ctx.em.create(ReplyTemplate, { category: input.category, title: input.title.trim(), body: input.body, active: input.active ?? true });
    }
    await ctx.em.flush();
    return t;
  }

  // ----- internals -----

  private async file(ctx: AppContext, input: RegisterComplaintInput, by: User | undefined): Promise<FiledComplaint> {
    const { em } = ctx;
    if (!input.anonymous && !input.reporterName?.trim()) {
      throw badInput('reporterName', 'Give a name, or file anonymously', R.REPORTER_DETAILS_REQUIRED);
    }
    const receivedOn = input.receivedOn ?? today();
    if (receivedOn > today()) throw badInput('receivedOn', 'The date received cannot be in the future', 'DATE_IN_FUTURE');
    const concernedUnit = input.concernedUnitId ? await em.findOne(Unit, input.concernedUnitId) : undefined;
    if (input.concernedUnitId && !concernedUnit) throw badInput('concernedUnitId', 'The unit does not exist', R.REFERENCE_NOT_FOUND);
    const concernedPerson = input.concernedPersonId ? await em.findOne(Person, input.concernedPersonId) : undefined;
    if (input.concernedPersonId && !concernedPerson) {
      throw badInput('concernedPersonId', 'The person does not exist', R.REFERENCE_NOT_FOUND);
    }
    const code = newReceiptCode();
    const normal = normaliseReceiptCode(code)!;
    const calendar = await calendarService.load(em);
    const complaint = em.create(Complaint, {
      caseNumber: await this.nextCaseNumber(em, receivedOn),
      channel: input.channel,
      category: input.category,
      title: input.title.trim(),
      content: input.content.trim(),
      anonymous: input.anonymous,
      // An anonymous report keeps nothing about who sent it.
      reporterName: input.anonymous ? undefined : input.reporterName?.trim(),
      reporterPhone: input.anonymous ? undefined : input.reporterPhone?.trim() || undefined,
      reporterContact: input.anonymous ? undefined : input.reporterContact?.trim() || undefined,
      receiptLookup: normal.slice(0, LOOKUP_LENGTH),
      receiptHash: await hashPassword(normal.slice(LOOKUP_LENGTH)),
      concernedUnit: concernedUnit ?? undefined,
      concernedPerson: concernedPerson ?? undefined,
      concernedText: input.concernedText?.trim() || undefined,
      receivedOn,
      acceptanceDueOn: calendar.addWorkingDays(receivedOn, ACCEPTANCE_WORKING_DAYS),
      registeredBy: by,
    });
    await em.flush();
    return { complaint, receiptCode: code };
  }

  private async nextCaseNumber(em: EntityManager, day: string): Promise<string> {
    const [{ n }] = await em
      .getConnection()
      .execute<{ n: string }[]>("select nextval('complaint_case_seq') as n", [], 'all', em.getTransactionContext());
    return `TS${day.slice(0, 4)}-${String(n).padStart(5, '0')}`;
  }

  private async load(ctx: AppContext, id: string, version: number, allowed: S[]): Promise<Complaint> {
    const c = await this.get(ctx, id);
    assertVersion(c, version);
    if (!allowed.includes(c.status)) {
      throw conflict(`Not possible while the report is ${c.status.toLowerCase()}`, R.ILLEGAL_TRANSITION, 'status');
    }
    return c;
  }

  private async visible(ctx: AppContext, c: Complaint): Promise<boolean> {
    const units = await visibleUnitIds(ctx);
    if (units === null) return true;
    const ids = [c.leadUnit?.id, c.concernedUnit?.id, ...c.coUnits.getItems().map((u) => u.id)];
    return ids.some((u) => !!u && units.has(u));
  }

  /** A unit reporter may act only for the lead unit; bureau staff for any. */
  private assertHandler(ctx: AppContext, c: Complaint) {
    const user = ctx.user!;
    if (user.roles.some((r) => r === Role.ADMIN || r === Role.DISCIPLINE)) return;
    if (!c.leadUnit || c.leadUnit.id !== user.unitId) {
      throw forbidden('Only the lead unit handles this case', R.NOT_HANDLING_UNIT);
    }
  }

  private async setUnits(ctx: AppContext, c: Complaint, input: AssignComplaintInput, field = 'leadUnitId') {
    const lead = await ctx.em.findOne(Unit, input.leadUnitId);
    if (!lead) throw badInput(field, 'The unit does not exist', R.REFERENCE_NOT_FOUND);
    const coIds = [...new Set(input.coUnitIds ?? [])].filter((u) => u !== lead.id);
    const co = coIds.length ? await ctx.em.find(Unit, { id: { $in: coIds } }) : [];
    if (co.length !== coIds.length) throw badInput('coUnitIds', 'A co-handling unit does not exist', R.REFERENCE_NOT_FOUND);
    c.leadUnit = ctx.em.getReference(Unit, lead.id, { wrapped: true });
    c.coUnits.set(co);
  }

  private async draftRecord(ctx: AppContext, c: Complaint, input: ConcludeComplaintInput): Promise<DishonestyRecord> {
    const { em } = ctx;
    const personId = input.concernedPersonId ?? c.concernedPerson?.id;
    const person = personId ? await em.findOne(Person, personId, { populate: ['unit'] }) : null;
    if (personId && !person) throw badInput('concernedPersonId', 'The person does not exist', R.REFERENCE_NOT_FOUND);
    const unitId = input.concernedUnitId ?? c.concernedUnit?.id ?? c.leadUnit?.id;
    const unit = unitId ? await em.findOne(Unit, unitId) : null;
    if (!person && !unit) throw badInput('concernedUnitId', 'Say which unit the conduct is attributed to', R.REFERENCE_NOT_FOUND);
    return em.create(DishonestyRecord, {
      subjectType: person ? SubjectType.PERSON : SubjectType.UNIT,
      subjectPerson: person ?? undefined,
      subjectUnit: person ? undefined : unit!,
      scopeUnit: person ? person.unit : unit!,
      subjectName: person ? person.name : unit!.name,
      category: RecordCategory.COMPLAINT_SUBSTANTIATED,
      severity: Severity.GENERAL,
      facts: `投诉举报${CONCLUSION_ZH[c.conclusion!]}（${c.caseNumber}）：${c.findings}`,
      sourceType: RecordSource.COMPLAINT,
      sourceId: c.id,
      recordedBy: em.getReference(User, ctx.user!.id),
    });
  }
}

export const complaintService = new ComplaintService();

