import { Reference, type Ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../app/clock';
import type { User } from '../modules/auth/user.entity';
import { calendarService } from '../modules/calendar/calendar.service';
import { addDays } from '../modules/calendar/working-calendar';
import { Campaign, CampaignFinding } from '../modules/campaigns/campaign.entity';
import { CampaignStatus, FindingStatus } from '../modules/campaigns/campaign.enums';
import { RecordCategory, RecordSource, Severity, SubjectType } from '../modules/credit/credit.enums';
import { DishonestyRecord } from '../modules/credit/dishonesty-record.entity';
import { LeadershipRole, PersonStatus } from '../modules/organisation/organisation.enums';
import type { Person } from '../modules/organisation/person.entity';
import type { Unit } from '../modules/organisation/unit.entity';
import { Policy, PolicyEvaluation, PolicyTask, PolicyTaskProgress } from '../modules/policy/policy.entity';
import { EvaluationRating, PolicyLevel, PolicyStatus, PolicyTaskStatus as T } from '../modules/policy/policy.enums';
import { TrainingAttendance, TrainingSession } from '../modules/training/training.entity';
import { AttendanceStatus, TrainingKind } from '../modules/training/training.enums';

interface Org {
  units: Map<string, Unit>;
  people: Person[];
  users: Map<string, User>;
  random: () => number;
}

export interface KeyAreasSeedSummary {
  policies: number;
  policyTasks: number;
  campaignFindings: number;
  trainingSessions: number;
  trainingAttendances: number;
}

/**
 * Policy implementation, a special rectification campaign and integrity
 * education, dated around the day of seeding: an older county policy
 * superseded by its revision (one task carried over), tasks in every state,
 * findings per unit in every state (overdue ones with their draft records),
 * and a year of training in which some staff fall short of the minimum.
 */
export async function seedKeyAreas(em: EntityManager, org: Org): Promise<KeyAreasSeedSummary> {
  const day = today();
  const unit = (name: string) => org.units.get(name)!;
  const staffOf = (u: Unit) => org.people.filter((p) => p.unit.id === u.id || (p.unit as unknown) === u);
  const headOf = (u: Unit) => staffOf(u)[0];
  const general = org.users.get('general');
  const discipline = org.users.get('discipline');
  const reporter = org.users.get('reporter');
  const calendar = await calendarService.load(em);

  // ----- K1 policy implementation -----
  const generalSection = unit('综合股');
  const treasury = unit('县财政国库集中支付中心');
  const longshan = unit('龙山街道财政所');
  const dongcheng = unit('东城街道财政所');
  const oldEffective = addDays(day, -900);
  const newEffective = addDays(day, -100);
  const oldPolicy = em.create(Policy, {
    title: '郏县惠企政策兑现工作实施办法（试行）',
    documentNumber: '郏政办〔2023〕15号',
    issuedBy: '郏县人民政府办公室',
    level: PolicyLevel.COUNTY,
    issuedOn: addDays(oldEffective, -20),
    effectiveFrom: oldEffective,
    effectiveTo: addDays(newEffective, -1),
    summary: '明确惠企政策兑现的申报、审核、拨付流程和时限。',
    responsibleSection: generalSection,
    status: PolicyStatus.SUPERSEDED,
    enactedOn: oldEffective,
    endedOn: newEffective,
  });
  const newPolicy = em.create(Policy, {
    title: '郏县惠企政策兑现工作实施办法',
    documentNumber: '郏政办〔2025〕8号',
    issuedBy: '郏县人民政府办公室',
    level: PolicyLevel.COUNTY,
    issuedOn: addDays(newEffective, -15),
    effectiveFrom: newEffective,
    summary: '在试行办法基础上压缩兑现时限、精简申报材料，推行“免申即享”。',
    replaces: oldPolicy,
    responsibleSection: generalSection,
    status: PolicyStatus.IN_FORCE,
    enactedOn: newEffective,
  });
  oldPolicy.supersededBy = em.getReference(Policy, newPolicy.id, { wrapped: true });
  const provincial = em.create(Policy, {
    title: '关于推进惠民惠农财政补贴资金“一卡通”规范管理的实施意见',
    documentNumber: '豫财农〔2025〕21号',
    issuedBy: '河南省财政厅',
    level: PolicyLevel.PROVINCIAL,
    issuedOn: addDays(day, -75),
    effectiveFrom: addDays(day, -60),
    summary: '补贴资金通过“一卡通”直接发放到户，清单公开、账户规范、监管到位。',
    responsibleSection: generalSection,
    status: PolicyStatus.IN_FORCE,
    enactedOn: addDays(day, -60),
  });
  em.create(PolicyEvaluation, {
    policy: oldPolicy,
    evaluatedOn: addDays(newEffective, -40),
    evaluator: '综合股',
    score: 72,
    rating: EvaluationRating.FAIR,
    findings: '政策兑现总体落实，但申报材料偏多，部分资金拨付超过承诺时限。',
    adjustments: '精简申报材料，拨付时限由20个工作日压缩至10个工作日，修订为正式实施办法。',
    recordedBy: general,
  });

  const tasks: [Policy, string, Unit, Unit[], T, string, string, Policy?][] = [
    [oldPolicy, '编制惠企政策兑现指南并向社会公布', generalSection, [], T.DONE, addDays(oldEffective, 30), addDays(oldEffective, 60)],
    [newPolicy, '建立惠企政策兑现清单，在县政府网站集中公开', generalSection, [], T.DONE, addDays(newEffective, 5), addDays(newEffective, 30)],
    [newPolicy, '惠企资金申报材料精简至5项以内，实行一次性告知', treasury, [generalSection], T.IN_PROGRESS, addDays(newEffective, -200), addDays(day, 40), oldPolicy],
    [newPolicy, '兑现资金自审核通过之日起10个工作日内拨付到位', treasury, [longshan, dongcheng], T.OVERDUE, addDays(newEffective, 5), addDays(day, -10)],
    [newPolicy, '每季度向社会公布政策兑现情况', generalSection, [], T.OPEN, addDays(day, -20), addDays(day, 70)],
    [provincial, '核对辖区补贴对象“一卡通”账户信息，做到一人一卡', longshan, [], T.IN_PROGRESS, addDays(day, -50), addDays(day, 8)],
    [provincial, '补贴发放清单在村（社区）公示不少于7天', dongcheng, [], T.OPEN, addDays(day, -50), addDays(day, 30)],
  ];
  for (const [policy, measure, lead, others, status, assignedOn, deadline, from] of tasks) {
    const person = headOf(lead);
    const task = em.create(PolicyTask, {
      policy,
      measure,
      leadUnit: lead,
      responsiblePerson: person,
      assignedOn,
      deadline,
      status,
      completedOn: status === T.DONE ? addDays(deadline, -3) : undefined,
      carriedOverFrom: from,
    });
    task.responsibleUnits.set(others);
    if (from) {
      em.create(PolicyTaskProgress, {
        task,
        reportedOn: newEffective,
        note: `《${from.title}》（${from.documentNumber}）被《${policy.title}》（${policy.documentNumber}）替代，本任务转入新政策继续落实`,
      });
    }
    if (status !== T.OPEN) {
      em.create(PolicyTaskProgress, {
        task,
        reportedOn: status === T.DONE ? addDays(deadline, -3) : addDays(assignedOn, 20),
        note: status === T.DONE ? '已完成并在政府网站公开' : '已制定工作方案，正在逐项推进',
        evidence: status === T.DONE ? ['县政府网站公开栏目截图', '工作方案'] : ['工作方案'],
        completed: status === T.DONE,
        reportedBy: lead === longshan ? reporter : general,
      });
    }
  }

  // ----- K4 special rectification campaign -----
  const disciplineSection = unit('纪检监察室');
  const campaign = em.create(Campaign, {
    title: '财政系统政务失信问题专项治理',
    documentNumber: '郏财纪〔2025〕5号',
    description: '集中排查承诺不兑现、资金拨付超时限、政策兑现打折扣等问题，逐单位建立问题清单，限期整改清零。',
    startsOn: addDays(day, -60),
    endsOn: addDays(day, 120),
    responsibleSection: disciplineSection,
    status: CampaignStatus.ACTIVE,
  });
  // Last year's campaign, closed after its findings were cleared, and next year's, in preparation.
  em.create(Campaign, {
    title: '惠民惠农财政补贴资金“一卡通”专项治理',
    documentNumber: '郏财纪〔2024〕9号',
    description: '清理补贴资金发放中的截留挪用、优亲厚友、发放不及时等问题。',
    startsOn: addDays(day, -420),
    endsOn: addDays(day, -240),
    responsibleSection: disciplineSection,
    status: CampaignStatus.CLOSED,
  });
  em.create(Campaign, {
    title: '政府采购领域“四类”违法违规行为专项整治',
    documentNumber: '郏财采〔2026〕3号',
    description: '整治采购人设置差别歧视条款、代理机构乱收费、供应商提供虚假材料和围标串标、评审专家违规评审。',
    startsOn: addDays(day, 45),
    endsOn: addDays(day, 225),
    responsibleSection: unit('政府采购监督管理股'),
    status: CampaignStatus.PLANNED,
  });
  const findings: [string, string, Severity, FindingStatus, number, boolean][] = [
    ['龙山街道财政所', '惠农补贴发放台账登记不完整，部分发放记录缺少签收', Severity.GENERAL, FindingStatus.OPEN, 6, true],
    ['龙山街道财政所', '窗口服务承诺未在办事大厅公示', Severity.GENERAL, FindingStatus.VERIFIED, 50, false],
    ['东城街道财政所', '项目资金拨付超过承诺时限', Severity.SERIOUS, FindingStatus.RECTIFIED, 30, true],
    ['长桥镇财政所', '政府采购合同未按规定公开', Severity.GENERAL, FindingStatus.OVERDUE, 45, true],
    ['堂街镇财政所', '非税收入票据核销不及时', Severity.GENERAL, FindingStatus.OPEN, 25, false],
    ['县政府采购中心', '采购文件设置不合理的资格条件', Severity.SERIOUS, FindingStatus.VERIFIED, 55, true],
    ['县非税收入征收管理中心', '执收单位欠缴款项清理工作未按期推进', Severity.GENERAL, FindingStatus.OVERDUE, 50, false],
  ];
  for (const [unitName, problem, severity, status, daysAgo, named] of findings) {
    const u = unit(unitName);
    const person = named ? headOf(u) : undefined;
    const foundOn = addDays(day, -daysAgo);
    const deadline = calendar.addWorkingDays(foundOn, campaign.rectificationWorkingDays);
    const done = status === FindingStatus.RECTIFIED || status === FindingStatus.VERIFIED;
    const f = em.create(CampaignFinding, {
      campaign,
      responsibleUnit: u,
      responsiblePerson: person,
      problem,
      severity,
      foundOn,
      workingDays: campaign.rectificationWorkingDays,
      deadline,
      status,
      rectification: done ? '已建立问题台账，完成整改并健全相关制度' : undefined,
      evidence: done ? ['整改报告', '制度文件'] : [],
      rectifiedOn: done ? addDays(foundOn, 12) : undefined,
      verifiedBy: status === FindingStatus.VERIFIED ? discipline : undefined,
      verifiedAt: status === FindingStatus.VERIFIED ? new Date(`${addDays(foundOn, 15)}T10:00:00+08:00`) : undefined,
      registeredBy: discipline,
    });
    if (status === FindingStatus.OVERDUE) {
      const record = em.create(DishonestyRecord, {
        subjectType: person ? SubjectType.PERSON : SubjectType.UNIT,
        subjectPerson: person,
        subjectUnit: person ? undefined : u,
        scopeUnit: u,
        subjectName: person ? person.name : u.name,
        category: RecordCategory.RECTIFICATION_OVERDUE,
        severity: Severity.GENERAL,
        facts: `专项治理“${campaign.title}”发现问题逾期未整改：${problem}（${foundOn} 发现，整改期限 ${deadline}）`,
        sourceType: RecordSource.CAMPAIGN,
        sourceId: f.id,
        responsibleSection: disciplineSection,
      });
      f.recordId = record.id;
    }
  }

  // ----- C1 integrity education -----
  const personnel = unit('人事教育股');
  const yearStart = `${day.slice(0, 4)}-01-01`;
  const thisYear = (daysAgo: number) => {
    const d = addDays(day, -daysAgo);
    return d < yearStart ? yearStart : d;
  };
  const plan: [string, TrainingKind, number, number, string, string, boolean][] = [
    ['政务诚信建设专题讲座', TrainingKind.LECTURE, 130, 3, '县委党校讲师', '全局干部职工', false],
    ['财政干部诚信履职专题培训班', TrainingKind.COURSE, 100, 6, '市财政局培训中心', '各股室、局属单位、财政所业务骨干', true],
    ['社会信用体系建设网络专题课程', TrainingKind.ONLINE, 70, 4, '干部网络学院', '全局公务员', true],
    ['领导干部政务诚信专题进修', TrainingKind.LEADERS_STUDY, 40, 8, '县委党校', '局领导班子成员及股室、单位负责人', false],
    ['典型失信案例警示教育', TrainingKind.LECTURE, 10, 2, '纪检监察室', '全局干部职工', false],
  ];
  const sessions = plan.map(([topic, kind, daysAgo, hours, trainer, audience, examRequired]) =>
    em.create(TrainingSession, {
      topic,
      kind,
      heldOn: thisYear(daysAgo),
      hours,
      trainer,
      organiser: personnel,
      audience,
      examRequired,
    }),
  );
  em.create(TrainingSession, {
    topic: '守信践诺与优化营商环境专题讲座',
    kind: TrainingKind.LECTURE,
    heldOn: addDays(day, 14),
    hours: 2,
    trainer: '县营商环境办',
    organiser: personnel,
    audience: '全局干部职工',
  });
  // Every unit but the last few township offices took part; those offices' staff have no hours yet.
  const untrained = new Set([...org.units.values()].filter((u) => u.kind === 'TOWNSHIP_OFFICE').slice(-4));
  const leaders = new Set([LeadershipRole.DIRECTOR, LeadershipRole.DEPUTY_DIRECTOR, LeadershipRole.PARTY_GROUP_MEMBER, LeadershipRole.UNIT_HEAD]);
  let attendances = 0;
  for (const person of org.people) {
    const u = Reference.unwrapReference(person.unit as Ref<Unit>);
    if (person.status !== PersonStatus.ACTIVE || untrained.has(u)) continue;
    const inBureau = u.kind === 'BUREAU' || u.kind === 'SECTION';
    for (const session of sessions) {
      if (session.kind === TrainingKind.LEADERS_STUDY && !leaders.has(person.leadershipRole)) continue;
      // The closing lecture was held at the bureau only.
      if (session === sessions[4] && !inBureau) continue;
      const r = org.random();
      const status = r < 0.92 ? AttendanceStatus.ATTENDED : r < 0.97 ? AttendanceStatus.EXCUSED : AttendanceStatus.ABSENT;
      const attended = status === AttendanceStatus.ATTENDED;
      const examScore = attended && session.examRequired ? 55 + Math.floor(org.random() * 45) : undefined;
      const passed = examScore === undefined ? undefined : examScore >= session.passMark;
      em.create(TrainingAttendance, {
        session,
        person,
        scopeUnit: u,
        status,
        hoursAttended: attended ? session.hours : 0,
        hoursCredited: attended && (!session.examRequired || passed) ? session.hours : 0,
        examScore,
        passed,
        recordedBy: org.users.get('personnel'),
      });
      attendances += 1;
    }
  }

  await em.flush();
  return {
    policies: 3,
    policyTasks: tasks.length,
    campaignFindings: findings.length,
    trainingSessions: sessions.length + 1,
    trainingAttendances: attendances,
  };
}
