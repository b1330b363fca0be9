import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../app/clock';
import type { User } from '../modules/auth/user.entity';
import { addDays } from '../modules/calendar/working-calendar';
import { Commitment } from '../modules/credit/commitment.entity';
import {
  CommitmentKind,
  CommitmentStatus,
  MeasureApplicationStatus,
  Mitigation,
  ObjectionStatus,
  RecordCategory,
  RecordSource,
  RecordStatus,
  RectificationStatus,
  Severity,
  SubjectType,
} from '../modules/credit/credit.enums';
import { CreditPolicy } from '../modules/credit/credit-policy.entity';
import { DishonestyRecord } from '../modules/credit/dishonesty-record.entity';
import { Measure, MeasureApplication } from '../modules/credit/measure.entity';
import { measureMatches } from '../modules/credit/measure.service';
import { Objection } from '../modules/credit/objection.entity';
import { Rectification } from '../modules/credit/rectification.entity';
import type { Person } from '../modules/organisation/person.entity';
import type { Unit } from '../modules/organisation/unit.entity';

export interface CreditSeedSummary {
  commitments: number;
  records: number;
}

interface Org {
  units: Map<string, Unit>;
  people: Person[];
  users: Map<string, User>;
  random: () => number;
}

const COMMITMENTS: [CommitmentKind, string, string][] = [
  [CommitmentKind.DEADLINE, '财政资金拨付申请自受理之日起5个工作日内办结', '辖区预算单位'],
  [CommitmentKind.SERVICE_QUALITY, '窗口服务首问负责、一次告知、限时办结', '办事群众和企业'],
  [CommitmentKind.GUARANTEE, '惠民惠农财政补贴资金按时足额发放到户', '补贴对象'],
  [CommitmentKind.DEADLINE, '政府采购资金在合同验收后10个工作日内支付', '中标供应商'],
  [CommitmentKind.PROACTIVE_DISCLOSURE, '部门预决算在批复后20日内主动公开', '社会公众'],
  [CommitmentKind.SERVICE_QUALITY, '非税收入票据申领当日办结', '执收单位'],
  [CommitmentKind.TOLERANCE, '容缺受理材料在10个工作日内补齐', '申请单位'],
  [CommitmentKind.GUARANTEE, '保障乡镇干部工资按月足额发放', '乡镇干部职工'],
];

const RECORD_FACTS: [RecordCategory, Severity, string, string][] = [
  [RecordCategory.ADMIN_PENALTY, Severity.SERIOUS, '违规收取行政事业性收费，被县市场监管局行政处罚', '县市场监督管理局'],
  [RecordCategory.DISCIPLINARY_SANCTION, Severity.GRAVE, '虚报冒领惠农补贴资金，受到政务记过处分', '县纪委监委'],
  [RecordCategory.ACCOUNTABILITY, Severity.GENERAL, '未按规定时限办理资金拨付，被诫勉谈话', '县财政局党组'],
  [RecordCategory.JUDICIAL_JUDGMENT, Severity.SERIOUS, '拒不履行生效民事判决确定的付款义务', '郏县人民法院'],
  [RecordCategory.ONLINE_APPROVAL_SUBSTANDARD, Severity.GENERAL, '行政审批事项网上全流程办理率低于考核标准', '县政务服务和大数据管理局'],
  [RecordCategory.PROCUREMENT_VIOLATION, Severity.SERIOUS, '采购人在履约验收中未按合同约定验收即出具验收合格意见', '县财政局'],
  [RecordCategory.CONTRACT_DEFAULT, Severity.GENERAL, '逾期支付工程进度款，违反合同约定', '县财政局'],
  [RecordCategory.OTHER, Severity.GENERAL, '政务信息公开不及时，被上级通报', '平顶山市财政局'],
];

/**
 * Commitments and records in every state the credit lifecycle knows, dated
 * around the day of seeding, so screens, files and scores have real content.
 */
export async function seedCredit(em: EntityManager, org: Org): Promise<CreditSeedSummary> {
  const day = today();
  const pick = <T>(xs: T[]) => xs[Math.floor(org.random() * xs.length)];
  const general = org.users.get('general')!;
  const discipline = org.users.get('discipline')!;
  const offices = [...org.units.values()].filter((u) => u.kind === 'TOWNSHIP_OFFICE' || u.kind === 'AFFILIATED_UNIT');
  const section = org.units.get('纪检监察室')!;
  const staffOf = (unit: Unit) => org.people.filter((p) => p.unit.id === unit.id || (p.unit as unknown) === unit);
  const policy = (await em.findOne(CreditPolicy, 'default')) ?? em.create(CreditPolicy, {});
  const measures = await em.find(Measure, {});

  const subjectOf = (unit: Unit, person?: Person) =>
    person
      ? { subjectType: SubjectType.PERSON, subjectPerson: person, scopeUnit: unit, subjectName: person.name }
      : { subjectType: SubjectType.UNIT, subjectUnit: unit, scopeUnit: unit, subjectName: unit.name };

  // Commitments: pending, fulfilled, broken (with their draft records) and waived.
  let commitments = 0;
  let records = 0;
  const statuses = [CommitmentStatus.PENDING, CommitmentStatus.PENDING, CommitmentStatus.FULFILLED, CommitmentStatus.FULFILLED, CommitmentStatus.BROKEN, CommitmentStatus.WAIVED];
  offices.slice(0, 12).forEach((unit, i) => {
    for (let k = 0; k < 2; k++) {
      const [kind, content, beneficiary] = COMMITMENTS[(i * 2 + k) % COMMITMENTS.length];
      const status = statuses[(i + k) % statuses.length];
      const person = k === 1 ? pick(staffOf(unit)) : undefined;
      const madeOn = addDays(day, -200 + i * 5);
      const dueOn = status === CommitmentStatus.PENDING ? addDays(day, 30 + i * 7) : addDays(day, -20 - i);
      const c = em.create(Commitment, {
        ...subjectOf(unit, person),
        kind,
        content,
        beneficiary,
        madeOn,
        dueOn,
        status,
        responsibleSection: section,
        recordedBy: general,
        evaluatedAt: status === CommitmentStatus.PENDING ? undefined : new Date(`${dueOn}T10:00:00+08:00`),
        evaluatedBy: status === CommitmentStatus.PENDING ? undefined : discipline,
        evaluationNote:
          status === CommitmentStatus.FULFILLED ? '经核查，承诺事项均按期办结'
          : status === CommitmentStatus.BROKEN ? '经核查，存在超期办结情形'
          : status === CommitmentStatus.WAIVED ? '上级政策调整，承诺事项取消' : undefined,
      });
      commitments += 1;
      if (status === CommitmentStatus.BROKEN) {
        em.create(DishonestyRecord, {
          ...subjectOf(unit, person),
          category: RecordCategory.BROKEN_COMMITMENT,
          severity: Severity.GENERAL,
          facts: `未履行承诺：${content}`,
          sourceType: RecordSource.COMMITMENT,
          sourceId: c.id,
          responsibleSection: section,
          recordedBy: discipline,
        });
        records += 1;
      }
    }
  });

  // Records in every state of the lifecycle.
  const plan: { status: RecordStatus; extra?: 'disputed' | 'corrected' | 'repaired' | 'rectifying' | 'overdue' | 'selfCorrected' }[] = [
    { status: RecordStatus.DRAFT },
    { status: RecordStatus.SUBMITTED },
    { status: RecordStatus.RETURNED },
    { status: RecordStatus.CONFIRMED },
    { status: RecordStatus.CONFIRMED },
    { status: RecordStatus.CONFIRMED, extra: 'disputed' },
    { status: RecordStatus.CONFIRMED, extra: 'corrected' },
    { status: RecordStatus.CONFIRMED, extra: 'repaired' },
    { status: RecordStatus.CONFIRMED, extra: 'rectifying' },
    { status: RecordStatus.CONFIRMED, extra: 'overdue' },
    { status: RecordStatus.CONFIRMED, extra: 'selfCorrected' },
    { status: RecordStatus.REVOKED },
  ];
  plan.forEach(({ status, extra }, i) => {
    const unit = offices[(i * 3 + 1) % offices.length];
    const person = i % 3 === 2 ? undefined : pick(staffOf(unit));
    const [category, severity, facts, authority] = RECORD_FACTS[i % RECORD_FACTS.length];
    const confirmedDaysAgo = extra === 'repaired' ? 400 : 10 + i * 9;
    const decisionDate = addDays(day, -confirmedDaysAgo - 5);
    const confirmed = status === RecordStatus.CONFIRMED || status === RecordStatus.REVOKED;
    const confirmedOn = addDays(day, -confirmedDaysAgo);
    const r = em.create(DishonestyRecord, {
      ...subjectOf(unit, person),
      category,
      severity,
      facts,
      legalBasis: '《郏县政务失信行为认定标准（试行）》',
      documentNumber: `郏财纪〔${decisionDate.slice(0, 4)}〕${i + 3}号`,
      decidingAuthority: authority,
      decisionDate,
      responsibleSection: section,
      recordedBy: general,
      status,
      selfCorrected: extra === 'selfCorrected',
      selfCorrectionNote: extra === 'selfCorrected' ? '发现问题后主动报告并退回违规款项' : undefined,
      mitigation: extra === 'selfCorrected' ? Mitigation.MITIGATED : Mitigation.NONE,
      returnReason: status === RecordStatus.RETURNED ? '认定依据不充分，请补充处罚决定书' : undefined,
      submittedAt: status === RecordStatus.DRAFT ? undefined : new Date(`${addDays(confirmedOn, -2)}T09:00:00+08:00`),
      confirmedAt: confirmed ? new Date(`${confirmedOn}T09:30:00+08:00`) : undefined,
      confirmedBy: confirmed ? discipline : undefined,
      disclosureStart: confirmed ? confirmedOn : undefined,
      disclosureEnd: confirmed ? addDays(confirmedOn, policy.disclosureDays(severity) - 1) : undefined,
      objectionDeadline: confirmed ? addDays(confirmedOn, 21) : undefined,
      disputed: extra === 'disputed',
      repairedAt: extra === 'repaired' ? new Date(`${addDays(day, -20)}T15:00:00+08:00`) : undefined,
      repairedBy: extra === 'repaired' ? discipline : undefined,
      repairReason: extra === 'repaired' ? '整改到位，公示期满，准予信用修复' : undefined,
      revokedAt: status === RecordStatus.REVOKED ? new Date(`${addDays(day, -3)}T11:00:00+08:00`) : undefined,
      revokedBy: status === RecordStatus.REVOKED ? discipline : undefined,
      revokeReason: status === RecordStatus.REVOKED ? '重复录入，予以撤销' : undefined,
    });
    records += 1;
    if (status === RecordStatus.CONFIRMED && !r.repairedAt) {
      for (const m of measures.filter((x) => measureMatches(x, r))) {
        em.create(MeasureApplication, {
          ...subjectOf(unit, person),
          measure: m,
          record: r,
          automatic: true,
          status: i % 2 ? MeasureApplicationStatus.EXECUTED : MeasureApplicationStatus.TRIGGERED,
          executedAt: i % 2 ? new Date(`${addDays(confirmedOn, 3)}T10:00:00+08:00`) : undefined,
          effectiveFrom: confirmedOn,
          effectiveTo: m.durationMonths ? addDays(confirmedOn, m.durationMonths * 30) : undefined,
          triggeredBy: discipline,
        });
      }
    }
    if (extra === 'disputed' || extra === 'corrected') {
      em.create(Objection, {
        record: r,
        filedBy: org.users.get('reporter'),
        filedOn: addDays(confirmedOn, 5),
        grounds: extra === 'disputed' ? '处罚决定正在行政复议中，请求暂缓公示' : '记录中的处罚金额有误',
        decisionDueOn: addDays(confirmedOn, 19),
        status: extra === 'disputed' ? ObjectionStatus.PENDING : ObjectionStatus.CORRECTED,
        decidedBy: extra === 'corrected' ? discipline : undefined,
        decidedAt: extra === 'corrected' ? new Date(`${addDays(confirmedOn, 12)}T16:00:00+08:00`) : undefined,
        decisionReason: extra === 'corrected' ? '经核实，更正失信事实表述' : undefined,
        corrections: extra === 'corrected' ? [{ field: 'facts', before: `${facts}（原）`, after: facts }] : [],
      });
    }
    if (extra === 'rectifying') {
      // An objection heard and dismissed before the rectification began: the record stands.
      em.create(Objection, {
        record: r,
        filedBy: org.users.get('reporter'),
        filedOn: addDays(confirmedOn, 3),
        grounds: '已在期限内补办审批手续，请求不予记录',
        decisionDueOn: addDays(confirmedOn, 17),
        status: ObjectionStatus.UPHELD,
        decidedBy: discipline,
        decidedAt: new Date(`${addDays(confirmedOn, 10)}T16:00:00+08:00`),
        decisionReason: '经复核，认定事实清楚、依据充分，维持原认定',
        corrections: [],
      });
    }
    if (extra === 'repaired' || extra === 'rectifying' || extra === 'overdue') {
      const deadline = extra === 'overdue' ? addDays(day, -4) : extra === 'rectifying' ? addDays(day, 25) : addDays(day, -300);
      const rect = em.create(Rectification, {
        record: r,
        requiredActions: '建立问题台账，完善内部审批制度，组织全员学习',
        workingDays: 20,
        deadline,
        responsibleUnit: unit,
        responsiblePerson: person,
        progress: extra === 'rectifying' ? '已完成问题台账，制度修订中' : extra === 'repaired' ? '全部整改措施已落实' : undefined,
        status: extra === 'repaired' ? RectificationStatus.VERIFIED : extra === 'overdue' ? RectificationStatus.OVERDUE : RectificationStatus.OPEN,
        completedAt: extra === 'repaired' ? new Date(`${addDays(day, -310)}T10:00:00+08:00`) : undefined,
        verifiedBy: extra === 'repaired' ? discipline : undefined,
        verifiedAt: extra === 'repaired' ? new Date(`${addDays(day, -305)}T10:00:00+08:00`) : undefined,
      });
      if (extra === 'overdue') {
        em.create(DishonestyRecord, {
          ...subjectOf(unit, person),
          category: RecordCategory.RECTIFICATION_OVERDUE,
          severity: Severity.GENERAL,
          facts: `逾期未完成整改：${rect.requiredActions}（整改期限 ${deadline}）`,
          sourceType: RecordSource.RECTIFICATION,
          sourceId: rect.id,
          responsibleSection: section,
        });
        records += 1;
      }
    }
  });

  // Exemplary units (守信红榜).
  const redList = measures.find((m) => m.code === 'I-RED-LIST');
  if (redList) {
    for (const unit of offices.slice(12, 15)) {
      em.create(MeasureApplication, {
        ...subjectOf(unit),
        measure: redList,
        automatic: false,
        status: MeasureApplicationStatus.EXECUTED,
        executedAt: new Date(`${addDays(day, -30)}T10:00:00+08:00`),
        effectiveFrom: addDays(day, -30),
        effectiveTo: addDays(day, 335),
        note: '全年承诺事项按期办结，无失信记录',
        triggeredBy: discipline,
      });
    }
  }
  await em.flush();
  return { commitments, records };
}
