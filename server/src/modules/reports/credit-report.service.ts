import crypto from 'node:crypto';
import stableStringify from 'fast-json-stable-stringify';
import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../../app/clock';
import type { AppContext } from '../../app/context';
import { notFound, isUuid } from '../../app/errors';
import { visibleUnitIds } from '../../app/scope';
import { currentRequestMeta } from '../../app/request-context';
import { auditService } from '../audit/audit.service';
import { User } from '../auth/user.entity';
import { Commitment } from '../credit/commitment.entity';
import { RecordStatus, SubjectType } from '../credit/credit.enums';
import { DishonestyRecord } from '../credit/dishonesty-record.entity';
import { counts } from '../credit/dishonesty-record.service';
import { MeasureApplication } from '../credit/measure.entity';
import { resolveSubject, subjectWhere, type ResolvedSubject } from '../credit/subject';
import { newVerificationCode, normaliseVerificationCode } from '../enterprise/credit-check.service';
import { RunStatus, type Grade } from '../evaluation/evaluation.enums';
import { sql } from '../evaluation/evaluation.service';
import { maskPersonName } from '../disclosure/mask';
import { CreditReport } from './credit-report.entity';
import type { CreditReportContent, CreditReportListArgs, CreditReportVerification, IssueCreditReportInput } from './credit-report.types';
import type { GraphQLResolveInfo } from 'graphql';
import { findPage, type Page } from '../../app/list';

const CODE_PREFIX = 'CR';

/** SHA-256 (hex) of the content as canonical JSON: keys sorted, so storage order never matters. */
export function contentHash(content: CreditReportContent): string {
  return crypto.createHash('sha256').update(stableStringify(content), 'utf8').digest('hex');
}

/** The digest printed on a report: the hash's first 16 hex digits, in groups of four. */
export function printedDigest(hash: string): string {
  return hash.slice(0, 16).toUpperCase().match(/.{4}/g)!.join('-');
}

const dateOf = (d: Date | string | undefined | null): string | null =>
  d == null ? null : typeof d === 'string' ? d.slice(0, 10) : d.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

function newReportNumber(day: string): string {
  // 信用报告编号: XYBG + issue date + 6 random digits (unique index catches the rare clash).
  return `XYBG${day.replace(/-/g, '')}${crypto.randomInt(0, 1_000_000).toString().padStart(6, '0')}`;
}

export class CreditReportService {
  /**
   * Issues a credit report of a unit or person in the caller's data scope: the
   * sections as they stand today, frozen with their hash and a verification code.
   * Issuing reads the subject's file, so the purpose is recorded as a READ.
   */
  async issue(ctx: AppContext, input: IssueCreditReportInput): Promise<CreditReport> {
    const subject = await resolveSubject(ctx, input.subjectType, input.subjectId);
    const em = ctx.em;
    const day = today();
    const reportNumber = newReportNumber(day);
    const content = await this.content(em, subject, reportNumber, day);
    const report = em.create(CreditReport, {
      reportNumber,
      verificationCode: newVerificationCode(CODE_PREFIX),
      issuedBy: ctx.user ? em.getReference(User, ctx.user.id) : undefined,
      issuedByName: ctx.user?.displayName,
      subjectType: subject.subjectType,
      subjectId: subject.subjectType === SubjectType.UNIT ? subject.subjectUnit!.id : subject.subjectPerson!.id,
      subjectName: subject.subjectName,
      scopeUnit: subject.scopeUnit,
      purpose: input.purpose.trim(),
      content,
      contentHash: contentHash(content),
    });
    auditService.addRead(em, {
      command: currentRequestMeta()?.command ?? 'issueCreditReport',
      entityType: subject.subjectType === SubjectType.UNIT ? 'Unit' : 'Person',
      entityId: report.subjectId,
      scopeUnitId: subject.scopeUnit.id,
      purpose: report.purpose,
    });
    await em.flush();
    return report;
  }

  /** The sections of the report, from the subject's file as it stands on `day`. */
  async content(em: EntityManager, subject: ResolvedSubject, reportNumber: string, day: string): Promise<CreditReportContent> {
    const where = subjectWhere(subject);
    const [records, commitments, measures] = await Promise.all([
      em.find(DishonestyRecord, { ...where, status: RecordStatus.CONFIRMED }, { orderBy: { decisionDate: 'desc', id: 'asc' } }),
      em.find(Commitment, where, { orderBy: { madeOn: 'desc', id: 'asc' } }),
      em.find(MeasureApplication, where, { populate: ['measure'], orderBy: { effectiveFrom: 'desc', id: 'asc' } }),
    ]);
    const subjectId = where.subjectUnit ?? where.subjectPerson;
    const evaluations = await sql<{ period: string; score: number; grade: Grade }>(
      em,
      `select run.period, r.score, r.grade from evaluation_result r join evaluation_run run on run.id = r.run_id
        where r.subject_type = ? and r.subject_id = ? and run.status = ? order by run.period desc`,
      [subject.subjectType, subjectId, RunStatus.PUBLISHED],
    );
    const unit = subject.scopeUnit;
    const person = subject.subjectPerson;
    const head = subject.subjectUnit?.head ? await subject.subjectUnit.head.load() : null;
    return {
      reportNumber,
      issuedOn: day,
      subjectType: subject.subjectType,
      basic: {
        name: subject.subjectName,
        unitName: unit.name,
        unitCode: unit.code,
        position: person?.position ?? null,
        head: head?.name ?? null,
      },
      records: records.map((r) => ({
        category: r.category,
        severity: r.severity,
        status: r.status,
        decisionDate: dateOf(r.decisionDate),
        decidingAuthority: r.decidingAuthority ?? null,
        documentNumber: r.documentNumber ?? null,
        facts: r.facts,
        counting: counts(r),
        disclosureEnd: dateOf(r.disclosureEnd),
        repairedOn: dateOf(r.repairedAt),
        disputed: r.disputed,
      })),
      commitments: commitments.map((c) => ({ kind: c.kind, content: c.content, madeOn: dateOf(c.madeOn)!, dueOn: dateOf(c.dueOn)!, status: c.status })),
      evaluations: evaluations.map((e) => ({ period: e.period, score: Number(e.score), grade: e.grade })),
      measures: measures.map((m) => ({
        name: m.measure.getEntity().name,
        kind: m.measure.getEntity().kind,
        status: m.status,
        effectiveFrom: dateOf(m.effectiveFrom)!,
        effectiveTo: dateOf(m.effectiveTo),
      })),
    };
  }

  async get(ctx: AppContext, id: string): Promise<CreditReport> {
    const report = isUuid(id) ? await ctx.em.findOne(CreditReport, id) : null;
    const visible = await visibleUnitIds(ctx);
    if (!report || (visible && !visible.has(report.scopeUnit.id))) throw notFound('Credit report');
    return report;
  }

  async list(ctx: AppContext, args: CreditReportListArgs, info?: GraphQLResolveInfo): Promise<Page<CreditReport>> {
    const visible = await visibleUnitIds(ctx);
    const where = {
      ...(args.subjectId ? { subjectId: args.subjectId } : {}),
      ...(visible ? { scopeUnit: { $in: [...visible] } } : {}),
    };
    return findPage(ctx.em, CreditReport, where, { orderBy: { issuedAt: 'desc', id: 'asc' }, offset: args.offset, limit: args.limit }, info);
  }

  /**
   * Public verification: the report behind the code, valid only while its stored
   * content still hashes to the hash kept at issue (and to the printed digest when
   * one is given). What it shows is a summary with a person's name masked.
   */
  async verify(em: EntityManager, code: string, digest?: string | null): Promise<CreditReportVerification> {
    const normal = normaliseVerificationCode(code, CODE_PREFIX);
    const report = normal ? await em.findOne(CreditReport, { verificationCode: normal }) : null;
    if (!report) return { valid: false, problem: 'UNKNOWN_CODE' };
    const c = report.content;
    if (contentHash(c) !== report.contentHash || c.reportNumber !== report.reportNumber || c.subjectType !== report.subjectType) {
      return { valid: false, problem: 'CONTENT_CHANGED' };
    }
    const printed = printedDigest(report.contentHash);
    if (digest && digest.trim().toUpperCase().replace(/[^0-9A-F]/g, '') !== printed.replace(/-/g, '')) {
      return { valid: false, problem: 'DIGEST_MISMATCH' };
    }
    return {
      valid: true,
      reportNumber: report.reportNumber,
      issuedOn: c.issuedOn,
      subjectType: report.subjectType,
      subjectName: report.subjectType === SubjectType.PERSON ? maskPersonName(c.basic.name) : c.basic.name,
      digest: printed,
      records: c.records.length,
      countingRecords: c.records.filter((r) => r.counting).length,
      commitments: c.commitments.length,
      latestGrade: c.evaluations[0]?.grade ?? null,
    };
  }
}

export const creditReportService = new CreditReportService();
