import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../../app/clock';
import type { AppContext } from '../../app/context';
import { AppError, badInput, ErrorCode, isUuid } from '../../app/errors';
import { canSeeUnit } from '../../app/scope';
import { currentRequestMeta } from '../../app/request-context';
import { auditService } from '../audit/audit.service';
import { User } from '../auth/user.entity';
import { MeasureApplicationStatus, MeasureEffect, RecordStatus, Severity, SubjectType } from '../credit/credit.enums';
import { DishonestyRecord } from '../credit/dishonesty-record.entity';
import { MeasureApplication } from '../credit/measure.entity';
import { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';
import { CheckDecision, CheckSubjectType, CreditCheck, type CheckReason } from './credit-check.entity';
import { creditCodeProblem, normaliseCreditCode } from './credit-code';
import { Enterprise } from './enterprise.entity';
import type { CreditCheckInput } from './enterprise.input';

// Ratings at or below B (B, CCC, CC, C …) from a third-party agency call for caution.
const WEAK_RATING = /^(B|C{1,3}|D)[+-]?$/;

export function validateCreditCode(value: string, field = 'creditCode'): string {
  const problem = creditCodeProblem(value);
  if (problem === 'LENGTH') throw badInput(field, 'A unified social credit code has 18 characters', 'CREDIT_CODE_LENGTH');
  if (problem === 'CHARACTERS') {
    throw badInput(field, 'A unified social credit code uses digits and capital letters other than I, O, S, V, Z', 'CREDIT_CODE_CHARACTERS');
  }
  if (problem === 'CHECK_CHARACTER') throw badInput(field, 'The check character of the credit code is wrong', 'CREDIT_CODE_CHECK');
  return normaliseCreditCode(value);
}

/** A listing is in force on a day unless removed, not yet started or past its end. */
export function listingInForce(l: { listedFrom: string; listedTo?: string; removedOn?: string }, day: string): boolean {
  return l.listedFrom <= day && (!l.listedTo || l.listedTo >= day) && (!l.removedOn || l.removedOn > day);
}

/** A verification code: 80 random bits, readable (CC-XXXX-XXXX-XXXX-XXXX for checks, CR- for credit reports). */
export function newVerificationCode(prefix = 'CC'): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const chars = [...crypto.randomBytes(16)].map((b) => alphabet[b & 31]).join('');
  return `${prefix}-${chars.match(/.{4}/g)!.join('-')}`;
}

/** The code as stored (trimmed, upper case), or null when it cannot be one of `prefix`'s codes. */
export function normaliseVerificationCode(code: string, prefix = 'CC'): string | null {
  const normal = code.trim().toUpperCase();
  return new RegExp(`^${prefix}(-[0-9A-Z]{4}){4}$`).test(normal) ? normal : null;
}

export class CreditCheckService {
  /**
   * Checks a subject's credit for a stated purpose, records the check (who,
   * whom, why, what it found) and returns the decision. The record is kept in
   * its own transaction: a check that refuses something is still a check made.
   */
  async check(ctx: AppContext, input: CreditCheckInput): Promise<CreditCheck> {
    const purpose = input.purpose?.trim();
    if (!purpose || purpose.length < 2) throw badInput('purpose', 'Say why the check is made', 'PURPOSE_REQUIRED');
    const em = ctx.em.fork();
    const day = today();
    let found: { id: string; name: string; scopeUnitId?: string; reasons: CheckReason[]; snapshot: Record<string, unknown> };
    if (input.subjectType === CheckSubjectType.ENTERPRISE) {
      found = await this.enterprise(em, input, day);
    } else {
      found = await this.unitOrPerson(ctx, em, input, day);
    }
    const decision = found.reasons.some((r) => r.blocking)
      ? CheckDecision.REFUSE
      : found.reasons.length
        ? CheckDecision.WARN
        : CheckDecision.PASS;
    const check = em.create(CreditCheck, {
      verificationCode: newVerificationCode(),
      checkedBy: ctx.user ? em.getReference(User, ctx.user.id) : undefined,
      checkedByName: ctx.user?.displayName,
      subjectType: input.subjectType,
      subjectId: found.id,
      subjectName: found.name,
      purpose,
      decision,
      reasons: found.reasons,
      snapshot: { ...found.snapshot, checkedOn: day },
    });
    // The check is a sensitive read too: who checked whom and why, in the same transaction as the record.
    auditService.addRead(em, {
      command: currentRequestMeta()?.command ?? 'creditCheck',
      entityType: { ENTERPRISE: 'Enterprise', UNIT: 'Unit', PERSON: 'Person' }[input.subjectType],
      entityId: found.id,
      scopeUnitId: found.scopeUnitId,
      purpose,
    });
    await em.flush();
    return check;
  }

  /** The check behind a verification code, or null when no check has that code. */
  async verify(em: EntityManager, code: string): Promise<CreditCheck | null> {
    const normal = normaliseVerificationCode(code);
    return normal ? em.findOne(CreditCheck, { verificationCode: normal }) : null;
  }

  /** Refuses an action when a check of the enterprise says REFUSE, naming every reason. */
  async requireEnterpriseAllowed(ctx: AppContext, enterpriseId: string, purpose: string): Promise<CreditCheck> {
    const check = await this.check(ctx, { subjectType: CheckSubjectType.ENTERPRISE, subjectId: enterpriseId, purpose });
    if (check.decision === CheckDecision.REFUSE) {
      throw new AppError(
        ErrorCode.CONFLICT,
        `信用核查未通过：${check.reasons.filter((r) => r.blocking).map((r) => r.message).join('；')}（核查码 ${check.verificationCode}）`,
        'CREDIT_CHECK_REFUSED',
        'enterpriseId',
      );
    }
    return check;
  }

  private async enterprise(em: EntityManager, input: CreditCheckInput, day: string) {
    if (!input.subjectId && !input.creditCode) throw badInput('subjectId', 'Give the enterprise id or its credit code', 'SUBJECT_REQUIRED');
    const e = input.subjectId
      ? isUuid(input.subjectId)
        ? await em.findOne(Enterprise, input.subjectId)
        : null
      : await em.findOne(Enterprise, { creditCode: validateCreditCode(input.creditCode!) });
    if (!e) throw badInput(input.subjectId ? 'subjectId' : 'creditCode', 'No such enterprise on file', 'SUBJECT_NOT_FOUND');
    await em.populate(e, ['listings', 'reports']);
    const reasons: CheckReason[] = [];
    const listings = e.listings.getItems();
    for (const l of listings.filter((x) => listingInForce(x, day))) {
      reasons.push({ code: 'ON_DISHONESTY_LIST', blocking: true, message: `列入${l.listName}（${l.source}，${l.listedFrom} 起）`, reference: l.id });
    }
    if (e.status !== 'ACTIVE') reasons.push({ code: 'NOT_ACTIVE', blocking: true, message: `企业登记状态为${e.status === 'SUSPENDED' ? '吊销' : '注销'}` });
    const latest = e.reports.getItems().sort((a, b) => b.issuedOn.localeCompare(a.issuedOn))[0];
    if (latest && WEAK_RATING.test(latest.rating)) {
      reasons.push({ code: 'WEAK_RATING', blocking: false, message: `${latest.issuer} ${latest.issuedOn} 评级为 ${latest.rating}`, reference: latest.id });
    }
    const expired = listings.filter((x) => !listingInForce(x, day) && (x.removedOn ?? x.listedTo ?? '') >= addYears(day, -1));
    for (const l of expired) {
      reasons.push({ code: 'RECENTLY_LISTED', blocking: false, message: `近一年内曾列入${l.listName}`, reference: l.id });
    }
    return {
      id: e.id,
      name: e.name,
      reasons,
      snapshot: {
        enterprise: { name: e.name, creditCode: e.creditCode, status: e.status, legalRepresentative: e.legalRepresentative ?? null },
        listings: listings.map((l) => ({ listName: l.listName, source: l.source, listedFrom: l.listedFrom, listedTo: l.listedTo ?? null, removedOn: l.removedOn ?? null })),
        latestReport: latest ? { issuer: latest.issuer, issuedOn: latest.issuedOn, rating: latest.rating } : null,
      },
    };
  }

  private async unitOrPerson(ctx: AppContext, em: EntityManager, input: CreditCheckInput, day: string) {
    const isUnit = input.subjectType === CheckSubjectType.UNIT;
    if (!input.subjectId || !isUuid(input.subjectId)) throw badInput('subjectId', 'Give the unit or person id', 'SUBJECT_REQUIRED');
    const subject = isUnit ? await em.findOne(Unit, input.subjectId) : await em.findOne(Person, input.subjectId);
    const scopeUnitId = subject instanceof Person ? subject.unit.id : subject?.id;
    if (!subject || !(await canSeeUnit(ctx, scopeUnitId))) throw badInput('subjectId', 'No such unit or person', 'SUBJECT_NOT_FOUND');
    const where = isUnit ? { subjectType: SubjectType.UNIT, subjectUnit: subject.id } : { subjectType: SubjectType.PERSON, subjectPerson: subject.id };
    const records = await em.find(DishonestyRecord, { ...where, status: RecordStatus.CONFIRMED, repairedAt: null });
    const measures = await em.find(
      MeasureApplication,
      { ...where, status: { $ne: MeasureApplicationStatus.CANCELLED }, measure: { effect: { $in: [MeasureEffect.RESTRICT_AWARDS, MeasureEffect.RESTRICT_PROMOTION] } } },
      { populate: ['measure'] },
    );
    const reasons: CheckReason[] = [];
    for (const r of records) {
      const grave = r.severity === Severity.GRAVE;
      reasons.push({
        code: grave ? 'GRAVE_RECORD' : 'RECORD',
        blocking: grave,
        message: `有${{ GENERAL: '一般', SERIOUS: '较重', GRAVE: '严重' }[r.severity]}失信记录（${r.decisionDate ?? ''}）${r.disputed ? '，异议处理中' : ''}`,
        reference: r.id,
      });
    }
    for (const m of measures.filter((x) => x.effectiveFrom <= day && (!x.effectiveTo || x.effectiveTo >= day))) {
      reasons.push({ code: 'RESTRICTING_MEASURE', blocking: true, message: `惩戒措施“${m.measure.getEntity().name}”有效至 ${m.effectiveTo ?? '长期'}`, reference: m.id });
    }
    return {
      id: subject.id,
      name: subject.name,
      scopeUnitId,
      reasons,
      snapshot: {
        subject: { type: input.subjectType, name: subject.name },
        countingRecords: records.map((r) => ({ category: r.category, severity: r.severity, decisionDate: r.decisionDate ?? null, disputed: r.disputed })),
        restrictingMeasures: measures.map((m) => ({ measure: m.measure.getEntity().name, from: m.effectiveFrom, to: m.effectiveTo ?? null })),
      },
    };
  }
}

function addYears(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}

export const creditCheckService = new CreditCheckService();
