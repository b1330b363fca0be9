import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../app/clock';
import type { User } from '../modules/auth/user.entity';
import { hashPassword } from '../modules/auth/password';
import { addDays } from '../modules/calendar/working-calendar';
import { Complaint } from '../modules/complaints/complaint.entity';
import {
  ComplaintCategory as Cat,
  ComplaintChannel as Ch,
  ComplaintConclusion as Con,
  ComplaintStatus as S,
  Satisfaction,
} from '../modules/complaints/complaint.enums';
import { RecordCategory, RecordSource, Severity, SubjectType } from '../modules/credit/credit.enums';
import { DishonestyRecord } from '../modules/credit/dishonesty-record.entity';
import type { Unit } from '../modules/organisation/unit.entity';

interface Org {
  units: Map<string, Unit>;
  users: Map<string, User>;
}

// One report per channel, walking through the states of the workflow.
const CASES: [Ch, Cat, S, string, string][] = [
  [Ch.EFFICIENCY_MONITORING, Cat.DELAY, S.RECEIVED, '资金拨付超时限预警', '行政效能监察监控系统提示：一笔项目资金拨付申请超过承诺时限未办结。'],
  [Ch.REPORT_BOX, Cat.ILLEGAL_CHARGE, S.NOT_ACCEPTED, '反映乡村道路养护费用', '举报箱来信反映村内道路养护费用分摊问题，属村民自治事项。'],
  [Ch.EMAIL, Cat.FUNDS, S.ACCEPTED, '耕地地力保护补贴未到账', '来信反映今年耕地地力保护补贴至今未发放到户。'],
  [Ch.HOTLINE, Cat.SERVICE_ATTITUDE, S.ASSIGNED, '窗口工作人员态度生硬', '来电反映财政所窗口工作人员态度生硬，未一次性告知所需材料。'],
  [Ch.PRESS, Cat.PROCUREMENT, S.INVESTIGATING, '报道指出采购项目验收走过场', '县报报道某学校课桌椅采购项目验收流于形式。'],
  [Ch.BROADCAST, Cat.DELAY, S.CONCLUDED, '广播热线反映报销周期长', '群众在广播热线节目中反映医疗救助资金报销周期过长。'],
  [Ch.TELEVISION, Cat.BROKEN_COMMITMENT, S.REPLIED, '电视问政：承诺事项未兑现', '电视问政节目反映某单位承诺的限时办结事项未兑现。'],
  [Ch.INTERNET, Cat.FUNDS, S.CLOSED, '网络留言反映补贴发放', '网民在县政府网站留言反映养老补贴发放不及时。'],
  [Ch.ONLINE_FORM, Cat.DISCIPLINE, S.RECEIVED, '工作时间办理私事', '网上投诉反映工作人员上班时间长时间离岗办理私事。'],
  [Ch.LETTER, Cat.OTHER, S.CLOSED, '来信咨询政策兑现', '来信反映惠企政策兑现进度，要求公开办理结果。'],
  [Ch.VISIT, Cat.FUNDS, S.ASSIGNED, '来访反映工程款拖欠', '来访群众反映乡镇道路工程尾款拖欠，影响农民工工资发放。'],
];

export async function seedComplaints(em: EntityManager, org: Org): Promise<number> {
  const day = today();
  const discipline = org.users.get('discipline');
  // Seeded reports have receipts nobody holds: one hash of a random secret serves them all.
  const receiptHash = await hashPassword(crypto.randomBytes(16).toString('hex'));
  const offices = [...org.units.values()].filter((u) => u.kind === 'TOWNSHIP_OFFICE');
  const order = [S.RECEIVED, S.NOT_ACCEPTED, S.ACCEPTED, S.ASSIGNED, S.INVESTIGATING, S.CONCLUDED, S.REPLIED, S.CLOSED];
  for (const [i, [channel, category, status, title, content]] of CASES.entries()) {
    const reached = (s: S) => status !== S.NOT_ACCEPTED && order.indexOf(status) >= order.indexOf(s);
    const unit = offices[i % offices.length];
    const receivedOn = addDays(day, -3 - i * 4);
    const [{ n }] = await em
      .getConnection()
      .execute<{ n: string }[]>("select nextval('complaint_case_seq') as n", [], 'all', em.getTransactionContext());
    const anonymous = i % 3 === 0;
    const conclusion = reached(S.CONCLUDED) ? (i % 2 ? Con.SUBSTANTIATED : Con.UNSUBSTANTIATED) : undefined;
    const c = em.create(Complaint, {
      caseNumber: `TS${receivedOn.slice(0, 4)}-${String(n).padStart(5, '0')}`,
      channel,
      category,
      title,
      content,
      anonymous,
      reporterName: anonymous ? undefined : ['李桂兰', '张国强', '刘建华', '陈秀英'][i % 4],
      reporterPhone: anonymous ? undefined : `1390375${String(1000 + i * 37).slice(-4)}`,
      receiptLookup: crypto.randomBytes(3).toString('hex').toUpperCase(),
      receiptHash,
      concernedUnit: unit,
      status,
      receivedOn,
      acceptanceDueOn: addDays(receivedOn, 7),
      acceptanceDecidedAt: status === S.RECEIVED ? undefined : new Date(`${addDays(receivedOn, 2)}T10:00:00+08:00`),
      notAcceptedReason: status === S.NOT_ACCEPTED ? '属于村民自治事项，不属于本局职责范围，已告知反映渠道' : undefined,
      leadUnit: reached(S.ASSIGNED) ? unit : undefined,
      assignedOn: reached(S.ASSIGNED) ? addDays(receivedOn, 3) : undefined,
      handlingDueOn: reached(S.ASSIGNED) ? addDays(receivedOn, 45) : undefined,
      conclusion,
      findings: conclusion ? (conclusion === Con.SUBSTANTIATED ? '经调查核实，反映问题属实，已责令整改。' : '经调查核实，反映问题不属实。') : undefined,
      concludedAt: conclusion ? new Date(`${addDays(receivedOn, 12)}T16:00:00+08:00`) : undefined,
      reply: reached(S.REPLIED) ? `您反映的问题已调查处理完毕，结论为：${conclusion === Con.SUBSTANTIATED ? '属实' : '不属实'}。感谢您的监督！` : undefined,
      repliedAt: reached(S.REPLIED) ? new Date(`${addDays(receivedOn, 14)}T09:00:00+08:00`) : undefined,
      satisfaction: status === S.CLOSED ? (i % 2 ? Satisfaction.SATISFIED : Satisfaction.BASICALLY_SATISFIED) : undefined,
      registeredBy: channel === Ch.ONLINE_FORM ? undefined : discipline,
    });
    if (conclusion === Con.SUBSTANTIATED) {
      const record = em.create(DishonestyRecord, {
        subjectType: SubjectType.UNIT,
        subjectUnit: unit,
        scopeUnit: unit,
        subjectName: unit.name,
        category: RecordCategory.COMPLAINT_SUBSTANTIATED,
        severity: Severity.GENERAL,
        facts: `投诉举报属实（${c.caseNumber}）：${title}`,
        sourceType: RecordSource.COMPLAINT,
        sourceId: c.id,
        recordedBy: discipline,
      });
      c.recordId = record.id;
    }
  }
  await em.flush();
  return CASES.length;
}
