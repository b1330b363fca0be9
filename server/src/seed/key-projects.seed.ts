import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../app/clock';
import type { User } from '../modules/auth/user.entity';
import { addDays } from '../modules/calendar/working-calendar';
import { CheckDecision, CheckSubjectType, CreditCheck } from '../modules/enterprise/credit-check.entity';
import { newVerificationCode } from '../modules/enterprise/credit-check.service';
import { DishonestyListing, Enterprise, ThirdPartyCreditReport } from '../modules/enterprise/enterprise.entity';
import type { Person } from '../modules/organisation/person.entity';
import type { Unit } from '../modules/organisation/unit.entity';
import { ObligationKind, ObligationStatus, PppObligation, PppProject, PppStage, PppStageName } from '../modules/ppp/ppp.entity';
import {
  AcceptanceResult,
  BidStatus,
  ProcurementBid,
  ProcurementMethod,
  ProcurementProject,
  ProcurementStatus,
  PurchaserConduct,
} from '../modules/procurement/procurement.entity';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** A well-formed unified social credit code for demo data (prefix 91 = enterprise, 410425 = 郏县). */
function demoCreditCode(n: number): string {
  const body = `91410425MA${String(4700000 + n * 37).padStart(7, '0')}`;
  const sum = WEIGHTS.reduce((acc, w, i) => acc + CHARSET.indexOf(body[i]) * w, 0);
  return body + CHARSET[(31 - (sum % 31)) % 31];
}

const ENTERPRISES: [string, string, string?][] = [
  ['郏县恒信建筑工程有限公司', '王建军'],
  ['平顶山市诚达办公家具有限公司', '李红梅'],
  ['郏县绿源环保科技有限公司', '张志强'],
  ['河南中原水务投资有限公司', '陈国平'],
  ['郏县宏远劳务服务有限公司', '刘德华', '失信被执行人名单'],
  ['平顶山市速达物流有限公司', '赵丽', '政府采购严重违法失信行为记录名单'],
  ['郏县新华印务有限公司', '孙伟'],
  ['河南天衡会计师事务所有限公司', '周敏'],
];

interface Org {
  units: Map<string, Unit>;
  people: Person[];
  users: Map<string, User>;
}

/** Enterprises (two on dishonesty lists), procurement projects in each state and a PPP project with its ledger. */
export async function seedKeyProjects(em: EntityManager, org: Org): Promise<{ enterprises: number; projects: number }> {
  const day = today();
  const general = org.users.get('general');
  const enterprises = ENTERPRISES.map(([name, rep, list], i) => {
    const e = em.create(Enterprise, { name, creditCode: demoCreditCode(i), legalRepresentative: rep, address: '河南省平顶山市郏县' });
    if (list) {
      em.create(DishonestyListing, {
        enterprise: e,
        listName: list,
        source: list.startsWith('政府采购') ? '河南省财政厅' : '郏县人民法院',
        listedFrom: addDays(day, -120),
        listedTo: list.startsWith('政府采购') ? addDays(day, 600) : undefined,
        removalConditions: list.startsWith('政府采购') ? '禁止参加政府采购活动期满' : '履行生效法律文书确定的义务',
      });
    }
    em.create(ThirdPartyCreditReport, {
      enterprise: e,
      issuer: '河南某信用评级有限公司',
      issuedOn: addDays(day, -200 + i * 10),
      rating: ['AAA', 'AA', 'A', 'AA', 'C', 'B', 'A', 'AA'][i],
      fileReference: `XY-${day.slice(0, 4)}-${String(i + 1).padStart(3, '0')}`,
    });
    return e;
  });
  const check = (e: Enterprise, purpose: string) =>
    em.create(CreditCheck, {
      verificationCode: newVerificationCode(),
      checkedBy: general,
      checkedByName: general?.displayName,
      subjectType: CheckSubjectType.ENTERPRISE,
      subjectId: e.id,
      subjectName: e.name,
      purpose,
      decision: CheckDecision.PASS,
      reasons: [],
      snapshot: { enterprise: { name: e.name, creditCode: e.creditCode }, checkedOn: day },
    });

  const offices = [...org.units.values()].filter((u) => u.kind === 'TOWNSHIP_OFFICE' || u.kind === 'AFFILIATED_UNIT');
  const plans: [string, ProcurementStatus, ProcurementMethod, number][] = [
    ['财政所办公设备购置', ProcurementStatus.PLANNED, ProcurementMethod.INQUIRY, 86000],
    ['乡镇财政业务培训服务', ProcurementStatus.BIDDING, ProcurementMethod.COMPETITIVE_CONSULTATION, 120000],
    ['票据管理系统运维服务', ProcurementStatus.AWARDED, ProcurementMethod.SINGLE_SOURCE, 260000],
    ['财政投资评审造价咨询服务', ProcurementStatus.ACCEPTED, ProcurementMethod.PUBLIC_TENDER, 980000],
    ['档案数字化加工服务', ProcurementStatus.ACCEPTED, ProcurementMethod.COMPETITIVE_NEGOTIATION, 430000],
  ];
  plans.forEach(([name, status, method, budget], i) => {
    const supplier = enterprises[[1, 6, 7, 2, 0][i]];
    const p = em.create(ProcurementProject, {
      code: `JXCG-${day.slice(0, 4)}-${String(i + 1).padStart(3, '0')}`,
      name,
      purchaser: offices[i],
      budget: budget.toFixed(2),
      method,
      status,
    });
    if (status !== ProcurementStatus.PLANNED) {
      em.create(ProcurementBid, {
        project: p,
        enterprise: supplier,
        amount: (budget * 0.96).toFixed(2),
        status: status === ProcurementStatus.BIDDING ? BidStatus.REGISTERED : BidStatus.WON,
        creditCheck: check(supplier, `投标报名：${p.code} ${name}`),
      });
    }
    if (status === ProcurementStatus.AWARDED || status === ProcurementStatus.ACCEPTED) {
      const signed = addDays(day, -90 + i * 5);
      Object.assign(p, {
        supplier,
        contractNumber: `JXCG-HT-${day.slice(0, 4)}-${String(i + 11)}`,
        contractAmount: (budget * 0.96).toFixed(2),
        contractSignedOn: signed,
        acceptanceDueOn: status === ProcurementStatus.AWARDED ? addDays(day, 4) : addDays(signed, 60),
        awardCheck: check(supplier, `合同授予：${p.code} ${name}`),
      });
    }
    if (status === ProcurementStatus.ACCEPTED) {
      Object.assign(p, {
        acceptedOn: addDays(day, -20 + i),
        acceptanceResult: AcceptanceResult.PASSED,
        acceptanceFindings: '服务内容、质量符合合同约定，验收合格',
        purchaserConduct: PurchaserConduct.COMPLIANT,
      });
    }
  });

  const deputies = org.people.filter((p) => p.leadershipRole === 'DEPUTY_DIRECTOR');
  const ppp = em.create(PppProject, {
    code: `PPP-${day.slice(0, 4)}-01`,
    name: '郏县城乡供水一体化PPP项目',
    implementingUnit: org.units.get('经济建设股')!,
    partner: enterprises[3],
    partnerCheck: check(enterprises[3], 'PPP项目选定社会资本方'),
    totalInvestment: '126000000.00',
    stage: PppStageName.IMPLEMENTATION,
  });
  const stages: [PppStageName, number, string][] = [
    [PppStageName.PREPARATION, -700, '编制实施方案，完成物有所值评价和财政承受能力论证'],
    [PppStageName.PROCUREMENT, -560, '依法公开选择社会资本方，公平对待各方'],
    [PppStageName.FINANCING, -480, '按约定配合项目公司融资，不违规提供担保'],
    [PppStageName.IMPLEMENTATION, -400, '按绩效考核结果及时足额支付政府付费'],
  ];
  stages.forEach(([stage, offset, duties], i) => {
    em.create(PppStage, {
      project: ppp,
      stage,
      responsiblePerson: deputies[i % Math.max(deputies.length, 1)],
      duties,
      startedOn: addDays(day, offset),
      endedOn: i < stages.length - 1 ? addDays(day, stages[i + 1][1]) : undefined,
    });
  });
  const obligations: [ObligationKind, string, number | undefined, number, number, ObligationStatus, number][] = [
    [ObligationKind.PAYMENT, '上年度可用性服务费', 8400000, -400, -35, ObligationStatus.FULFILLED, 8400000],
    [ObligationKind.PAYMENT, '上年度运维绩效服务费', 2600000, -120, -15, ObligationStatus.PENDING, 1000000],
    [ObligationKind.MILESTONE, '完成供水管网移交清单核对', undefined, -30, 6, ObligationStatus.PENDING, 0],
    [ObligationKind.PAYMENT, '本年度可用性服务费', 8400000, -10, 50, ObligationStatus.PENDING, 0],
  ];
  for (const [kind, description, amount, start, due, status, paid] of obligations) {
    em.create(PppObligation, {
      project: ppp,
      kind,
      description,
      amount: amount?.toFixed(2),
      paidAmount: paid.toFixed(2),
      startedOn: addDays(day, start),
      dueOn: addDays(day, due),
      status,
      fulfilledOn: status === ObligationStatus.FULFILLED ? addDays(day, due - 3) : undefined,
    });
  }
  // Two projects still before implementation: no partner chosen yet, no obligations running.
  const earlier: [string, string, string, PppStageName, number][] = [
    ['02', '郏县城区停车设施PPP项目', '38500000.00', PppStageName.PROCUREMENT, -90],
    ['03', '郏县农村生活污水治理PPP项目', '64200000.00', PppStageName.PREPARATION, -40],
  ];
  for (const [n, name, investment, stage, startedOn] of earlier) {
    const project = em.create(PppProject, {
      code: `PPP-${day.slice(0, 4)}-${n}`,
      name,
      implementingUnit: org.units.get('经济建设股')!,
      totalInvestment: investment,
      stage,
    });
    em.create(PppStage, {
      project,
      stage,
      responsiblePerson: deputies[0] ?? org.people[0],
      duties: stages.find(([s]) => s === stage)![2],
      startedOn: addDays(day, startedOn),
    });
  }
  await em.flush();
  return { enterprises: enterprises.length, projects: plans.length + 1 + earlier.length };
}
