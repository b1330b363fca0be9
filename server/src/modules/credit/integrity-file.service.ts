import { Field, ID, Int, ObjectType } from 'type-graphql';
import { today } from '../../app/clock';
import type { AppContext } from '../../app/context';
import { auditService, requirePurpose } from '../audit/audit.service';
import { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';
import { Commitment } from './commitment.entity';
import {
  CATEGORY_ZH,
  CommitmentStatus,
  MeasureApplicationStatus,
  MeasureEffect,
  RecordStatus,
  Severity,
  SEVERITY_RANK,
  SEVERITY_ZH,
  SubjectType,
} from './credit.enums';
import { DishonestyRecord } from './dishonesty-record.entity';
import { counts } from './dishonesty-record.service';
import { MeasureApplication } from './measure.entity';
import { Objection } from './objection.entity';
import { Rectification } from './rectification.entity';
import { findSubject, subjectWhere } from './subject';
import { EvaluationResult } from '../evaluation/evaluation-run.entity';
import { Grade, GRADE_ZH, RunStatus } from '../evaluation/evaluation.enums';

@ObjectType()
export class IntegritySummary {
  @Field(() => Int, { description: 'Confirmed records that still count' }) countingRecords!: number;
  @Field(() => Int) disputedRecords!: number;
  @Field(() => Int) repairedRecords!: number;
  @Field(() => Int) pendingCommitments!: number;
  @Field(() => Int) fulfilledCommitments!: number;
  @Field(() => Int) brokenCommitments!: number;
  @Field(() => Int) openRectifications!: number;
  @Field(() => Int) activePunishments!: number;
  @Field(() => Int) activeIncentives!: number;
}

/** 诚信档案: everything recorded about one unit or person. */
@ObjectType({ description: '诚信档案' })
export class IntegrityFile {
  @Field(() => SubjectType) subjectType!: SubjectType;
  @Field(() => ID) subjectId!: string;
  @Field(() => String) subjectName!: string;
  @Field(() => Unit, { nullable: true }) unit?: Unit;
  @Field(() => Person, { nullable: true }) person?: Person;
  @Field(() => [Commitment]) commitments!: Commitment[];
  @Field(() => [DishonestyRecord], { description: 'All records except drafts never submitted, newest first' }) records!: DishonestyRecord[];
  @Field(() => [Objection]) objections!: Objection[];
  @Field(() => [Rectification]) rectifications!: Rectification[];
  @Field(() => [MeasureApplication]) measures!: MeasureApplication[];
  @Field(() => IntegritySummary) summary!: IntegritySummary;
}

@ObjectType()
export class EligibilityReason {
  @Field(() => Boolean, { description: 'Whether this reason alone makes the subject ineligible' }) blocking!: boolean;
  @Field(() => String, { description: 'RECORD_IN_YEAR, RESTRICTING_MEASURE, EVALUATION_GRADE, DISPUTED_RECORD, MINOR_RECORD' }) code!: string;
  @Field(() => String) message!: string;
  @Field(() => ID, { nullable: true }) recordId?: string;
  @Field(() => ID, { nullable: true }) measureApplicationId?: string;
  @Field(() => ID, { nullable: true, description: 'The published evaluation result behind an EVALUATION_GRADE reason' }) evaluationResultId?: string;
}

@ObjectType({ description: '评优评先资格' })
export class AwardEligibility {
  @Field(() => Boolean) eligible!: boolean;
  @Field(() => Int) year!: number;
  @Field(() => [EligibilityReason]) reasons!: EligibilityReason[];
}


function decidedIn(r: DishonestyRecord, year: number): boolean {
  const date = r.decisionDate ?? r.confirmedAt?.toISOString().slice(0, 10) ?? '';
  return date.startsWith(String(year));
}

export class IntegrityFileService {
  /** Reading a file requires a stated purpose and leaves a read event (who, whom, why) in the audit chain. */
  async file(ctx: AppContext, type: SubjectType, id: string, purpose: string): Promise<IntegrityFile> {
    const why = requirePurpose(purpose);
    const subject = await findSubject(ctx, type, id);
    const where = subjectWhere(subject);
    const [commitments, records, measures] = await Promise.all([
      ctx.em.find(Commitment, where, { orderBy: { dueOn: 'DESC' } }),
      ctx.em.find(DishonestyRecord, { ...where, status: { $ne: RecordStatus.DRAFT } }, { orderBy: { createdAt: 'DESC' } }),
      ctx.em.find(MeasureApplication, where, { orderBy: { effectiveFrom: 'DESC' }, populate: ['measure'] }),
    ]);
    const recordIds = records.map((r) => r.id);
    const [objections, rectifications] = recordIds.length
      ? await Promise.all([
          ctx.em.find(Objection, { record: { $in: recordIds } }, { orderBy: { filedOn: 'DESC' } }),
          ctx.em.find(Rectification, { record: { $in: recordIds } }, { orderBy: { deadline: 'DESC' } }),
        ])
      : [[], []];
    await auditService.recordRead(ctx, {
      command: 'integrityFile',
      entityType: type === SubjectType.UNIT ? 'Unit' : 'Person',
      entityId: id,
      scopeUnitId: subject.scopeUnit.id,
      purpose: why,
    });
    const day = today();
    const active = (m: MeasureApplication) =>
      m.status !== MeasureApplicationStatus.CANCELLED && m.effectiveFrom <= day && (!m.effectiveTo || m.effectiveTo >= day);
    return {
      subjectType: type,
      subjectId: id,
      subjectName: subject.subjectName,
      unit: subject.subjectUnit,
      person: subject.subjectPerson,
      commitments,
      records,
      objections,
      rectifications,
      measures,
      summary: {
        countingRecords: records.filter(counts).length,
        disputedRecords: records.filter((r) => r.disputed).length,
        repairedRecords: records.filter((r) => !!r.repairedAt).length,
        pendingCommitments: commitments.filter((c) => c.status === CommitmentStatus.PENDING).length,
        fulfilledCommitments: commitments.filter((c) => c.status === CommitmentStatus.FULFILLED).length,
        brokenCommitments: commitments.filter((c) => c.status === CommitmentStatus.BROKEN).length,
        openRectifications: rectifications.filter((r) => r.status === 'OPEN' || r.status === 'OVERDUE').length,
        activePunishments: measures.filter((m) => active(m) && m.measure.getEntity().kind === 'PUNISHMENT').length,
        activeIncentives: measures.filter((m) => active(m) && m.measure.getEntity().kind === 'INCENTIVE').length,
      },
    };
  }

  /**
   * 评优评先 must weigh integrity records (C3). Ineligible when a confirmed,
   * unrepaired record of 较重 or 严重 severity was decided in the year, or a
   * measure restricting awards is in force during the year, or the year's published
   * integrity evaluation graded the subject C (警示) or D (失信). Lesser records and
   * pending objections are reported without blocking.
   */
  async awardEligibility(ctx: AppContext, type: SubjectType, id: string, year: number): Promise<AwardEligibility> {
    const subject = await findSubject(ctx, type, id);
    const where = subjectWhere(subject);
    const [records, measures, graded] = await Promise.all([
      ctx.em.find(DishonestyRecord, { ...where, status: RecordStatus.CONFIRMED }, { orderBy: { decisionDate: 'ASC' } }),
      ctx.em.find(
        MeasureApplication,
        { ...where, status: { $ne: MeasureApplicationStatus.CANCELLED }, measure: { effect: MeasureEffect.RESTRICT_AWARDS } },
        { populate: ['measure'] },
      ),
      ctx.em.findOne(EvaluationResult, { subjectType: type, subjectId: id, run: { period: String(year), status: RunStatus.PUBLISHED } }),
    ]);
    const reasons: EligibilityReason[] = [];
    if (graded && (graded.grade === Grade.C || graded.grade === Grade.D)) {
      reasons.push({
        blocking: true,
        code: 'EVALUATION_GRADE',
        message: `${year}年度诚信评价等级为${graded.grade}（${GRADE_ZH[graded.grade]}），得分${graded.score}`,
        evaluationResultId: graded.id,
      });
    }
    for (const r of records.filter((x) => counts(x) && decidedIn(x, year))) {
      const blocking = SEVERITY_RANK[r.severity] >= SEVERITY_RANK[Severity.SERIOUS];
      reasons.push({
        blocking,
        code: blocking ? 'RECORD_IN_YEAR' : 'MINOR_RECORD',
        message: `${year}年有${SEVERITY_ZH[r.severity]}失信记录（${CATEGORY_ZH[r.category]}）${r.disputed ? '，异议处理中' : ''}`,
        recordId: r.id,
      });
      if (r.disputed) reasons.push({ blocking: false, code: 'DISPUTED_RECORD', message: '该记录异议尚未处理完毕', recordId: r.id });
    }
    const start = `${year}-01-01`;
    const end = `${year}-12-31`;
    for (const m of measures) {
      if (m.effectiveFrom > end || (m.effectiveTo && m.effectiveTo < start)) continue;
      reasons.push({
        blocking: true,
        code: 'RESTRICTING_MEASURE',
        message: `惩戒措施“${m.measure.getEntity().name}”在${year}年有效（${m.effectiveFrom} 至 ${m.effectiveTo ?? '长期'}）`,
        recordId: m.record?.id,
        measureApplicationId: m.id,
      });
    }
    return { eligible: !reasons.some((r) => r.blocking), year, reasons };
  }
}

export const integrityFileService = new IntegrityFileService();
