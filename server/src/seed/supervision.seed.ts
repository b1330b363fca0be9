import type { RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../app/clock';
import type { User } from '../modules/auth/user.entity';
import { calendarService } from '../modules/calendar/calendar.service';
import { addDays } from '../modules/calendar/working-calendar';
import { Commitment } from '../modules/credit/commitment.entity';
import { CommitmentKind, RecordCategory, RecordSource, Severity, SubjectType } from '../modules/credit/credit.enums';
import { DishonestyRecord } from '../modules/credit/dishonesty-record.entity';
import type { LeadingGroup } from '../modules/organisation/leading-group.entity';
import type { Person } from '../modules/organisation/person.entity';
import type { Unit } from '../modules/organisation/unit.entity';
import { JudicialSuggestion } from '../modules/supervision/judicial-suggestion.entity';
import { Judgment } from '../modules/supervision/judgment.entity';
import { CourtAppearance, Lawsuit } from '../modules/supervision/lawsuit.entity';
import { monthsDeadline } from '../modules/supervision/supervision.dates';
import {
  AppearanceOutcome,
  JudgmentStatus,
  JudicialSuggestionKind,
  JudicialSuggestionStatus,
  LawsuitStatus,
  PartyRole,
  ProposalKind,
  ProposalStatus,
  Satisfaction,
  SupervisionTaskStatus,
} from '../modules/supervision/supervision.enums';
import { SupervisionPolicy } from '../modules/supervision/supervision-policy.entity';
import { ProposalCommitment, ProposalCoUnit, SupervisionProposal } from '../modules/supervision/supervision-proposal.entity';
import { SupervisionTask } from '../modules/supervision/supervision-task.entity';

export interface SupervisionSeedSummary {
  proposals: number;
  lawsuits: number;
  judgments: number;
  judicialSuggestions: number;
  supervisionTasks: number;
}

interface Org {
  units: Map<string, Unit>;
  people: Person[];
  users: Map<string, User>;
  group: LeadingGroup;
}

interface ProposalPlan {
  kind: ProposalKind;
  title: string;
  proposers: string[];
  delegation: string;
  lead?: string;
  co?: string[];
  /** Days before today it was received and assigned. */
  received: number;
  assigned?: number;
  status: ProposalStatus;
  satisfaction?: Satisfaction;
  rehandled?: boolean;
  promise?: string;
}

/** Where a seeded task has got to. */
interface TaskOutcome {
  progress?: string;
  result?: string;
  submittedOn?: string;
  score?: number;
  reviewNote?: string;
  acceptedOn?: string;
  returnCount?: number;
  reviewedBy?: User;
  reviewedAt?: Date;
}

const REPORTER_UNIT = '龙山街道财政所';

const PROPOSALS: ProposalPlan[] = [
  { kind: ProposalKind.NPC_SUGGESTION, title: '关于加快拨付乡村道路养护资金的建议', proposers: ['王建国', '李秀英'], delegation: '长桥镇代表团', received: 3, status: ProposalStatus.RECEIVED },
  { kind: ProposalKind.NPC_SUGGESTION, title: '关于规范街道财政所惠民资金公示的建议', proposers: ['赵红梅'], delegation: '龙山街道代表团', lead: REPORTER_UNIT, co: ['预算股'], received: 6, assigned: 1, status: ProposalStatus.ASSIGNED },
  { kind: ProposalKind.NPC_SUGGESTION, title: '关于提高农村低保资金发放效率的建议', proposers: ['孙国强'], delegation: '冢头镇代表团', lead: '农业股', received: 20, assigned: 12, status: ProposalStatus.RETURNED_MISROUTED },
  { kind: ProposalKind.NPC_SUGGESTION, title: '关于加大中小学校舍维修资金投入的建议', proposers: ['周丽华', '吴志刚', '郑海燕'], delegation: '东城街道代表团', lead: '教科文股', co: ['县财政投资评审中心'], received: 50, assigned: 45, status: ProposalStatus.REPLY_DRAFTED },
  { kind: ProposalKind.NPC_SUGGESTION, title: '关于设立中小企业应急转贷资金的建议', proposers: ['陈立新'], delegation: '工商联代表团', lead: '经济建设股', received: 70, assigned: 60, status: ProposalStatus.REPLY_APPROVED, promise: '年内出台县级应急转贷资金管理办法' },
  { kind: ProposalKind.NPC_SUGGESTION, title: '关于落实高标准农田建设配套资金的建议', proposers: ['刘长河'], delegation: '薛店镇代表团', lead: '县农村综合改革服务中心', received: 120, assigned: 110, status: ProposalStatus.ASSIGNED },
  { kind: ProposalKind.NPC_SUGGESTION, title: '关于加强政府债务风险防控的建议', proposers: ['黄振华', '林淑芬'], delegation: '安良镇代表团', lead: '债务管理股', received: 150, assigned: 140, status: ProposalStatus.EVALUATED, satisfaction: Satisfaction.DISSATISFIED },
  { kind: ProposalKind.NPC_SUGGESTION, title: '关于推进预算绩效管理全覆盖的建议', proposers: ['何建军'], delegation: '茨芭镇代表团', lead: '绩效评价股', co: ['预算股'], received: 200, assigned: 190, status: ProposalStatus.CLOSED, satisfaction: Satisfaction.SATISFIED },
  { kind: ProposalKind.CPPCC_PROPOSAL, title: '关于优化政府采购营商环境的提案', proposers: ['马文博'], delegation: '经济界', lead: '县政府采购中心', co: ['政府采购监督管理股'], received: 80, assigned: 72, status: ProposalStatus.REPLIED },
  { kind: ProposalKind.CPPCC_PROPOSAL, title: '关于规范非税收入收缴管理的提案', proposers: ['高晓燕', '罗家明'], delegation: '民革界', lead: '县非税收入征收管理中心', received: 210, assigned: 200, status: ProposalStatus.CLOSED, satisfaction: Satisfaction.BASICALLY_SATISFIED },
  { kind: ProposalKind.CPPCC_PROPOSAL, title: '关于加强乡镇财政所队伍建设的提案', proposers: ['谢春兰'], delegation: '教育界', lead: '人事教育股', received: 160, assigned: 150, status: ProposalStatus.ASSIGNED, satisfaction: Satisfaction.DISSATISFIED, rehandled: true },
  { kind: ProposalKind.CPPCC_PROPOSAL, title: '关于完善惠农补贴“一卡通”监管的提案', proposers: ['韩伟'], delegation: '农业界', received: 2, status: ProposalStatus.RECEIVED },
];

/**
 * Supervision items in every state of their lifecycles, dated around the day
 * of seeding: suggestions and proposals, lawsuits with hearings (some
 * delegated), judgments pending, fulfilled and overdue, judicial and
 * procuratorate suggestions, and the leading group's supervision tasks.
 */
export async function seedSupervision(em: EntityManager, org: Org): Promise<SupervisionSeedSummary> {
  const day = today();
  const ago = (n: number) => addDays(day, -n);
  const unit = (name: string) => org.units.get(name)!;
  const office = org.users.get('office')!;
  const leader = org.users.get('leader')!;
  const discipline = org.users.get('discipline')!;
  const reporter = org.users.get('reporter')!;
  const calendar = await calendarService.load(em);
  const policy = (await em.findOne(SupervisionPolicy, 'default')) ?? em.create(SupervisionPolicy, {});
  const year = day.slice(0, 4);

  // Suggestions and proposals (S2).
  const numbers = { [ProposalKind.NPC_SUGGESTION]: 0, [ProposalKind.CPPCC_PROPOSAL]: 0 };
  for (const plan of PROPOSALS) {
    numbers[plan.kind] += 1;
    const assignedOn = plan.assigned === undefined ? undefined : ago(plan.assigned);
    const drafted = [ProposalStatus.REPLY_DRAFTED, ProposalStatus.REPLY_APPROVED, ProposalStatus.REPLIED, ProposalStatus.EVALUATED, ProposalStatus.CLOSED].includes(plan.status);
    const approved = drafted && plan.status !== ProposalStatus.REPLY_DRAFTED;
    const replied = approved && plan.status !== ProposalStatus.REPLY_APPROVED;
    // A re-handled item was drafted, approved and answered once already.
    const answeredBefore = drafted || !!plan.rehandled;
    const lead = plan.lead ? unit(plan.lead) : undefined;
    const replyDueOn = assignedOn ? monthsDeadline(calendar, assignedOn, policy.proposalReplyMonths) : undefined;
    const repliedOn = replied ? addDays(assignedOn!, 50) : undefined;
    const rehandledOn = plan.rehandled ? ago(20) : undefined;
    const p = em.create(SupervisionProposal, {
      kind: plan.kind,
      number: `${year}${plan.kind === ProposalKind.NPC_SUGGESTION ? '人大' : '政协'}第${String(numbers[plan.kind]).padStart(3, '0')}号`,
      title: plan.title,
      content: `${plan.title.replace(/^关于/, '').replace(/的(建议|提案)$/, '')}，群众反映较多，建议县财政局统筹研究、明确责任、限期落实，并向代表委员反馈办理情况。`,
      proposers: plan.proposers,
      delegation: plan.delegation,
      receivedOn: ago(plan.received),
      status: plan.status,
      leadUnit: lead,
      assignedOn,
      replyDueOn: plan.rehandled ? monthsDeadline(calendar, rehandledOn!, policy.rehandleReplyMonths) : replyDueOn,
      misrouteReturnDueOn:
        plan.status === ProposalStatus.ASSIGNED && !plan.rehandled && assignedOn
          ? calendar.addWorkingDays(assignedOn, policy.misrouteReturnWorkingDays)
          : undefined,
      misrouteReturns: plan.status === ProposalStatus.RETURNED_MISROUTED ? 1 : 0,
      misrouteReason: plan.status === ProposalStatus.RETURNED_MISROUTED ? '低保资金发放属社会保障股职责，请重新交办' : undefined,
      replyContent: answeredBefore ? `经认真研究，现将办理情况答复如下：我局高度重视您提出的意见，已将相关工作纳入年度重点任务……` : undefined,
      replyDraftedBy: answeredBefore ? (plan.lead === REPORTER_UNIT ? reporter : office) : undefined,
      replyDraftedAt: answeredBefore ? new Date(`${addDays(assignedOn!, 40)}T10:00:00+08:00`) : undefined,
      reviewedBy: approved || plan.rehandled ? leader : undefined,
      reviewedAt: approved || plan.rehandled ? new Date(`${addDays(assignedOn!, 45)}T15:00:00+08:00`) : undefined,
      reviewNote: approved || plan.rehandled ? '同意答复' : undefined,
      repliedOn: replied ? repliedOn : plan.rehandled ? addDays(assignedOn!, 50) : undefined,
      satisfaction: plan.satisfaction,
      firstSatisfaction: plan.satisfaction,
      satisfactionNote: plan.satisfaction === Satisfaction.DISSATISFIED ? '答复内容较原则，缺少具体措施和时间表' : undefined,
      rehandleCount: plan.rehandled ? 1 : 0,
      rehandledOn,
      closedOn: plan.status === ProposalStatus.CLOSED ? addDays(repliedOn!, 20) : undefined,
    });
    for (const co of plan.co ?? []) {
      em.create(ProposalCoUnit, {
        proposal: p,
        unit: unit(co),
        opinion: drafted ? '同意主办单位意见，我单位将积极配合落实' : undefined,
        opinionAt: drafted ? new Date(`${addDays(assignedOn!, 30)}T09:00:00+08:00`) : undefined,
      });
    }
    if (plan.promise && lead) {
      const commitment = em.create(Commitment, {
        subjectType: SubjectType.UNIT,
        subjectUnit: lead,
        scopeUnit: lead,
        subjectName: lead.name,
        kind: CommitmentKind.DEADLINE,
        content: plan.promise,
        beneficiary: `人大代表建议${p.number}：${plan.proposers.join('、')}`,
        madeOn: addDays(assignedOn!, 45),
        dueOn: addDays(day, 120),
        evidence: [`人大代表建议${p.number}答复`],
        responsibleSection: unit('办公室'),
        recordedBy: leader,
      });
      em.create(ProposalCommitment, { proposal: p, commitment });
    }
  }

  // Lawsuits, hearings and judgments (S3).
  let caseSeq = 0;
  let judgments = 0;
  const judgment = (data: RequiredEntityData<Judgment>) => {
    judgments += 1;
    return em.create(Judgment, data);
  };
  const lawsuit = (unitName: string, role: PartyRole, type: '行初' | '民初', cause: string, opponent: string, filed: number, status: LawsuitStatus) => {
    caseSeq += 1;
    return em.create(Lawsuit, {
      caseNumber: `（${ago(filed).slice(0, 4)}）豫0425${type}${100 + caseSeq * 7}号`,
      court: '郏县人民法院',
      cause,
      unit: unit(unitName),
      partyRole: role,
      opposingParty: opponent,
      filedOn: ago(filed),
      status,
      closedOn: status === LawsuitStatus.CLOSED ? ago(15) : undefined,
      outcome: status === LawsuitStatus.CLOSED ? '判决已履行完毕，结案' : undefined,
    });
  };
  const hearing = (l: Lawsuit, daysAgo: number, headRequired: boolean, outcome?: AppearanceOutcome, name?: string, position?: string, reason?: string) =>
    em.create(CourtAppearance, {
      lawsuit: l,
      hearingOn: ago(daysAgo),
      headRequired,
      outcome,
      appearedName: name,
      appearedPosition: position,
      absenceReason: reason,
      recordedAt: outcome ? new Date(`${ago(daysAgo)}T17:00:00+08:00`) : undefined,
      recordedBy: outcome ? office : undefined,
    });
  const headOf = (unitName: string) => {
    const u = unit(unitName);
    return org.people.find((p) => (p.unit.id === u.id || (p.unit as unknown) === u) && p.leadershipRole === 'UNIT_HEAD')?.name ?? '单位负责人';
  };

  const own = lawsuit(REPORTER_UNIT, PartyRole.DEFENDANT, '行初', '不服财政补贴资金不予发放决定', '郏县某农业专业合作社', 60, LawsuitStatus.OPEN);
  hearing(own, 20, true, AppearanceOutcome.HEAD_APPEARED, headOf(REPORTER_UNIT), '所长');
  hearing(own, -10, true);

  const procurement = lawsuit('县政府采购中心', PartyRole.DEFENDANT, '行初', '政府采购投诉处理决定', '河南某建设工程有限公司', 120, LawsuitStatus.DECIDED);
  hearing(procurement, 80, true, AppearanceOutcome.DELEGATED, '李明', '副主任', '负责人参加全市政府采购工作会议，委托副主任出庭');
  judgment({
    lawsuit: procurement,
    unit: procurement.unit,
    documentNumber: procurement.caseNumber.replace('行初', '行初判'),
    obligation: '重新作出政府采购投诉处理决定',
    effectiveOn: ago(10),
    fulfilBy: addDays(day, 20),
  });

  const treasury = lawsuit('县财政国库集中支付中心', PartyRole.DEFENDANT, '民初', '建设工程价款纠纷', '郏县某市政工程有限公司', 200, LawsuitStatus.DECIDED);
  hearing(treasury, 150, true, AppearanceOutcome.HEAD_APPEARED, headOf('县财政国库集中支付中心'), '主任');
  hearing(treasury, 120, false, AppearanceOutcome.DELEGATED, '张伟', '会计');
  const warnedOn = ago(4);
  judgment({
    lawsuit: treasury,
    unit: treasury.unit,
    documentNumber: treasury.caseNumber.replace('民初', '民初判'),
    obligation: '支付工程款及逾期付款利息共计人民币86.5万元',
    effectiveOn: ago(60),
    fulfilBy: ago(5),
    status: JudgmentStatus.OVERDUE,
    warnedOn,
    graceEndsOn: calendar.addWorkingDays(warnedOn, policy.judgmentGraceWorkingDays),
  });

  const bureau = lawsuit('郏县财政局', PartyRole.DEFENDANT, '行初', '政府信息公开答复', '王某', 300, LawsuitStatus.CLOSED);
  hearing(bureau, 260, true, AppearanceOutcome.HEAD_APPEARED, headOf('郏县财政局'), '局长');
  judgment({
    lawsuit: bureau,
    unit: bureau.unit,
    documentNumber: bureau.caseNumber.replace('行初', '行初判'),
    obligation: '重新作出政府信息公开答复',
    effectiveOn: ago(220),
    fulfilBy: ago(205),
    status: JudgmentStatus.FULFILLED,
    fulfilledOn: ago(210),
    fulfilmentNote: '已于判决生效后10日内重新作出答复并送达',
    evidence: ['郏财信复〔2026〕3号'],
    fulfilmentRecordedBy: office,
    fulfilmentRecordedAt: new Date(`${ago(210)}T16:00:00+08:00`),
  });

  const township = lawsuit('冢头镇财政所', PartyRole.DEFENDANT, '民初', '劳务合同纠纷', '刘某', 260, LawsuitStatus.DECIDED);
  hearing(township, 230, true, AppearanceOutcome.ABSENT, undefined, undefined, '开庭通知送达延误，未能安排人员出庭');
  const lapsedWarnedOn = ago(40);
  const lapsed = judgment({
    lawsuit: township,
    unit: township.unit,
    documentNumber: township.caseNumber.replace('民初', '民初判'),
    obligation: '支付劳务报酬人民币3.2万元',
    effectiveOn: ago(90),
    fulfilBy: ago(41),
    status: JudgmentStatus.OVERDUE,
    warnedOn: lapsedWarnedOn,
    graceEndsOn: calendar.addWorkingDays(lapsedWarnedOn, policy.judgmentGraceWorkingDays),
  });
  const townshipUnit = unit('冢头镇财政所');
  const record = em.create(DishonestyRecord, {
    subjectType: SubjectType.UNIT,
    subjectUnit: townshipUnit,
    scopeUnit: townshipUnit,
    subjectName: townshipUnit.name,
    category: RecordCategory.JUDICIAL_JUDGMENT,
    severity: Severity.SERIOUS,
    facts: `未按期履行生效裁判确定的义务：${lapsed.obligation}（郏县人民法院${township.caseNumber}，履行期限 ${lapsed.fulfilBy}，预警后宽限至 ${lapsed.graceEndsOn}）`,
    documentNumber: lapsed.documentNumber,
    decidingAuthority: '郏县人民法院',
    decisionDate: lapsed.effectiveOn,
    sourceType: RecordSource.JUDGMENT,
    sourceId: lapsed.id,
    responsibleSection: unit('纪检监察室'),
  });
  lapsed.record = em.getReference(DishonestyRecord, record.id, { wrapped: true });

  const claim = lawsuit('县非税收入征收管理中心', PartyRole.PLAINTIFF, '民初', '房屋租赁合同纠纷', '郏县某商贸有限公司', 40, LawsuitStatus.OPEN);
  hearing(claim, 12, false, AppearanceOutcome.DELEGATED, '赵磊', '科员');

  // Judicial and procuratorate suggestions (S3).
  let suggestions = 0;
  const suggestion = (kind: JudicialSuggestionKind, organ: string, no: string, content: string, unitName: string, received: number, replied?: number) => {
    const receivedOn = ago(received);
    suggestions += 1;
    return em.create(JudicialSuggestion, {
      kind,
      issuingOrgan: organ,
      documentNumber: no,
      content,
      unit: unit(unitName),
      receivedOn,
      replyDueOn: monthsDeadline(calendar, receivedOn, policy.suggestionReplyMonths),
      status: replied === undefined ? JudicialSuggestionStatus.PENDING : JudicialSuggestionStatus.REPLIED,
      repliedOn: replied === undefined ? undefined : ago(replied),
      reply: replied === undefined ? undefined : '收到建议后，我单位立即组织整改，已完善内部审批流程并开展专题培训，现将整改情况函复如下……',
      repliedBy: replied === undefined ? undefined : unitName === REPORTER_UNIT ? reporter : office,
      replyRecordedAt: replied === undefined ? undefined : new Date(`${ago(replied)}T11:00:00+08:00`),
    });
  };
  suggestion(JudicialSuggestionKind.PROCURATORATE_SUGGESTION, '郏县人民检察院', `郏检行公建〔${year}〕5号`, '建议依法加强国有资产出租出借管理，及时追缴逾期租金。', '县非税收入征收管理中心', 15);
  suggestion(JudicialSuggestionKind.JUDICIAL_SUGGESTION, '郏县人民法院', `（${year}）豫0425司建2号`, '建议规范惠农补贴资金发放程序，完善告知和救济途径。', REPORTER_UNIT, 100, 60);
  suggestion(JudicialSuggestionKind.PROCURATORATE_SUGGESTION, '郏县人民检察院', `郏检行公建〔${year}〕2号`, '建议加强政府采购合同履约验收监督，防止国有资产流失。', '政府采购监督管理股', 75);

  // Supervision tasks from the leading group (S1).
  let tasks = 0;
  const task = (unitName: string, title: string, assigned: number, due: number, status: SupervisionTaskStatus, extra: TaskOutcome = {}) => {
    const u = unit(unitName);
    const person = org.people.find((p) => p.unit.id === u.id || (p.unit as unknown) === u);
    tasks += 1;
    return em.create(SupervisionTask, {
      title,
      requirement: `${title}，按时报送工作台账和佐证材料。`,
      leadingGroup: org.group,
      assignedUnit: u,
      responsiblePerson: person,
      assignedOn: ago(assigned),
      dueOn: addDays(day, due),
      status,
      issuedBy: discipline,
      ...extra,
    });
  };
  task(REPORTER_UNIT, '开展惠民惠农补贴资金发放自查', 10, 20, SupervisionTaskStatus.ASSIGNED);
  task('长桥镇财政所', '完成政务诚信承诺事项公示', 30, 5, SupervisionTaskStatus.IN_PROGRESS, { progress: '已完成承诺事项梳理，公示稿待审定' });
  task('县政府采购中心', '梳理政府采购领域失信问题清单', 40, -2, SupervisionTaskStatus.IN_PROGRESS, { progress: '问题清单初稿已形成' });
  task('预算股', '报送预算公开自查报告', 45, -5, SupervisionTaskStatus.SUBMITTED, { result: '已完成自查并形成报告', submittedOn: ago(6) });
  task('国库股', '清理财政暂付款项', 90, -40, SupervisionTaskStatus.ACCEPTED, {
    result: '已清理暂付款项1260万元',
    submittedOn: ago(45),
    score: 95,
    reviewNote: '按期完成，成效明显',
    acceptedOn: ago(42),
    reviewedBy: discipline,
    reviewedAt: new Date(`${ago(42)}T10:00:00+08:00`),
  });
  task('会计股', '开展会计信息质量检查', 80, -30, SupervisionTaskStatus.ACCEPTED, {
    result: '已检查单位12家，发现问题已督促整改',
    submittedOn: ago(25),
    score: 78,
    reviewNote: '逾期5日报送',
    acceptedOn: ago(20),
    reviewedBy: discipline,
    reviewedAt: new Date(`${ago(20)}T10:00:00+08:00`),
  });
  task(REPORTER_UNIT, '完善乡镇财政所内控制度', 60, -10, SupervisionTaskStatus.RETURNED, {
    result: '已修订内控制度',
    submittedOn: ago(12),
    reviewNote: '缺少制度执行情况说明，请补充',
    returnCount: 1,
    reviewedBy: discipline,
    reviewedAt: new Date(`${ago(11)}T10:00:00+08:00`),
  });

  await em.flush();
  return { proposals: PROPOSALS.length, lawsuits: caseSeq, judgments, judicialSuggestions: suggestions, supervisionTasks: tasks };
}
