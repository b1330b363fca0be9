import { CATEGORY_ZH, SEVERITY_ZH, SubjectType } from '../credit/credit.enums';
import { CreditKind, RecordDateRule } from './evaluation.enums';
import { leafIndicators, type ScoringRules } from './scoring-rules';

// The scoring of a whole period is one INSERT … SELECT: every source table is read once,
// set-based, and the results and their ledger lines are written by the same statement.
// Restricted to a few subject ids, the same statement recomputes just those subjects.


/** A SQL string literal. */
export const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
/** A SQL float literal from a validated, finite number. */
const num = (n: number) => {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  return `${Number(n)}::float8`;
};
const r2 = (expr: string) => `round((${expr})::numeric, 2)::float8`;
const CN_DATE = (col: string) => `(${col} at time zone 'Asia/Shanghai')::date`;

export interface ScoringTarget {
  runId: string;
  schemeRevision: number;
  subjectType: SubjectType;
  periodStart: string;
  periodEnd: string;
  /** Months in the period (12 or 3): the training minimum is pro-rated. */
  months: number;
  rules: ScoringRules;
  /** Only these subjects (incremental recomputation); all when absent. */
  subjectIds?: string[];
}

interface Line {
  subject: string;
  rule: string;
  sourceType: string;
  sourceId: string;
  sourceDate: string;
  points: string;
  note: string;
  from: string;
  where: string[];
  groupBy?: string;
  having?: string;
}

/** The one statement that scores the target's subjects into its run. */
export function scoringStatement(t: ScoringTarget): string {
  const unit = t.subjectType === SubjectType.UNIT;
  const ids = t.subjectIds ? `array[${t.subjectIds.map(lit).join(',')}]::uuid[]` : undefined;
  const only = (col: string) => (ids ? `${col} = any(${ids})` : `${col} is not null`);
  const period = (col: string) => `${col} between ${lit(t.periodStart)}::date and ${lit(t.periodEnd)}::date`;
  const rules = t.rules;
  const run = lit(t.runId);

  const subjects = unit
    ? `select u.id as subject_id, u.id as unit_id, u.kind as unit_kind, u.name as subject_name
         from unit u where u.active${ids ? ` and u.id = any(${ids})` : ''}`
    : `select p.id as subject_id, p.unit_id, u.kind as unit_kind, p.name as subject_name
         from person p join unit u on u.id = p.unit_id
        where p.status in ('ACTIVE', 'ON_LEAVE')${ids ? ` and p.id = any(${ids})` : ''}`;

  const subjectCol = unit ? 'subject_unit_id' : 'subject_person_id';
  const lines: Line[] = [];

  // Deductions: confirmed records dated in the period, as the time rules say.
  if (rules.deductions.length) {
    const tr = rules.timeRules;
    const date = tr.recordDate === RecordDateRule.DECISION_DATE ? `coalesce(r.decision_date, ${CN_DATE('r.confirmed_at')})` : CN_DATE('r.confirmed_at');
    const values = rules.deductions
      .map((d) => `(${lit(d.category)}, ${lit(d.severity)}, ${lit(d.indicator)}, ${num(d.points)}, ${lit(`${CATEGORY_ZH[d.category]}（${SEVERITY_ZH[d.severity]}）`)})`)
      .join(', ');
    lines.push({
      subject: `r.${subjectCol}`,
      rule: `'DEDUCTION', d.category || '/' || d.severity, d.indicator`,
      sourceType: `'DishonestyRecord'`,
      sourceId: 'r.id',
      sourceDate: date,
      points: `-${r2(`d.points * case when r.mitigation = 'MITIGATED' then ${num(tr.mitigatedFactor)} else 1 end`)}`,
      note: `'失信记录扣分：' || d.label || case when r.mitigation = 'MITIGATED' then '，主动纠错从轻' else '' end || coalesce('，' || r.document_number, '')`,
      from: `dishonesty_record r join (values ${values}) as d(category, severity, indicator, points, label) on d.category = r.category and d.severity = r.severity`,
      where: [
        `r.subject_type = ${lit(t.subjectType)}`,
        only(`r.${subjectCol}`),
        `r.status = 'CONFIRMED'`,
        `r.mitigation <> 'WAIVED'`,
        period(date),
        ...(tr.countRepaired ? [] : ['r.repaired_at is null']),
        ...(tr.countDisputed ? [] : ['not r.disputed']),
      ],
    });
  }

  const credit = new Map(rules.credits.map((c) => [c.kind, c]));
  const credited = (kind: CreditKind, line: Omit<Line, 'rule'>) => {
    if (credit.has(kind)) lines.push({ ...line, rule: `'CREDIT', ${lit(kind)}, null` });
  };
  const pts = (kind: CreditKind) => num(credit.get(kind)?.points ?? 0);

  credited(CreditKind.COMMITMENT_ON_TIME, {
    subject: `c.${subjectCol}`,
    sourceType: `'Commitment'`,
    sourceId: 'c.id',
    sourceDate: 'c.due_on',
    points: pts(CreditKind.COMMITMENT_ON_TIME),
    note: `'承诺按期履行：' || left(c.content, 40)`,
    from: 'commitment c',
    // A commitment not kept by its due date is broken by the deadline job, so FULFILLED means kept in time.
    where: [`c.subject_type = ${lit(t.subjectType)}`, only(`c.${subjectCol}`), `c.status = 'FULFILLED'`, period('c.due_on')],
  });

  // Hours above the yearly minimum (pro-rated for a quarter), one line per person.
  const minimum = `(coalesce((select minimum_hours_per_year from training_policy where id = 'default'), 12) * ${t.months} / 12.0)`;
  credited(CreditKind.TRAINING_HOURS, {
    subject: 'a.person_id',
    sourceType: `'TrainingHours'`,
    sourceId: 'null',
    sourceDate: 'max(s.held_on)',
    points: r2(`(sum(a.hours_credited) - ${minimum}) * ${pts(CreditKind.TRAINING_HOURS)}`),
    note: `'诚信教育学时 ' || sum(a.hours_credited) || '，超出最低要求 ' || round(${minimum}::numeric, 1) || ' 学时'`,
    from: 'training_attendance a join training_session s on s.id = a.session_id',
    where: [only('a.person_id'), period('s.held_on'), 'a.hours_credited > 0'],
    groupBy: 'a.person_id',
    having: `sum(a.hours_credited) > ${minimum}`,
  });

  credited(CreditKind.SUPERVISION_ON_TIME, {
    subject: unit ? 't.assigned_unit_id' : 't.responsible_person_id',
    sourceType: `'SupervisionTask'`,
    sourceId: 't.id',
    sourceDate: 't.due_on',
    points: pts(CreditKind.SUPERVISION_ON_TIME),
    note: `'督办事项按期办结：' || left(t.title, 40)`,
    from: 'supervision_task t',
    where: [only(unit ? 't.assigned_unit_id' : 't.responsible_person_id'), `t.status = 'ACCEPTED'`, 't.submitted_on <= t.due_on', period('t.due_on')],
  });
  if (unit) {
    credited(CreditKind.SUPERVISION_ON_TIME, {
      subject: 'p.lead_unit_id',
      sourceType: `'SupervisionProposal'`,
      sourceId: 'p.id',
      sourceDate: 'p.reply_due_on',
      points: pts(CreditKind.SUPERVISION_ON_TIME),
      note: `case when p.kind = 'NPC_SUGGESTION' then '人大代表建议' else '政协委员提案' end || '按期答复：' || left(p.title, 40)`,
      from: 'supervision_proposal p',
      where: [only('p.lead_unit_id'), 'p.replied_on <= p.reply_due_on', period('p.reply_due_on')],
    });
    credited(CreditKind.SUPERVISION_ON_TIME, {
      subject: 'j.unit_id',
      sourceType: `'JudicialSuggestion'`,
      sourceId: 'j.id',
      sourceDate: 'j.reply_due_on',
      points: pts(CreditKind.SUPERVISION_ON_TIME),
      note: `case when j.kind = 'JUDICIAL_SUGGESTION' then '司法建议' else '检察建议' end || '按期回复：' || j.issuing_organ`,
      from: 'judicial_suggestion j',
      where: [only('j.unit_id'), 'j.replied_on <= j.reply_due_on', period('j.reply_due_on')],
    });
    credited(CreditKind.COMPLAINT_ON_TIME, {
      subject: 'c.lead_unit_id',
      sourceType: `'Complaint'`,
      sourceId: 'c.id',
      sourceDate: 'c.handling_due_on',
      points: pts(CreditKind.COMPLAINT_ON_TIME),
      note: `'投诉举报按期办结：' || c.case_number`,
      from: 'complaint c',
      where: [only('c.lead_unit_id'), `${CN_DATE('c.replied_at')} <= c.handling_due_on`, period('c.handling_due_on')],
    });
    credited(CreditKind.SATISFACTION, {
      subject: 'c.lead_unit_id',
      sourceType: `'Complaint'`,
      sourceId: 'c.id',
      sourceDate: CN_DATE('c.replied_at'),
      points: pts(CreditKind.SATISFACTION),
      note: `'投诉人对办理结果满意：' || c.case_number`,
      from: 'complaint c',
      where: [only('c.lead_unit_id'), `c.satisfaction = 'SATISFIED'`, period(CN_DATE('c.replied_at'))],
    });
    credited(CreditKind.SATISFACTION, {
      subject: 'p.lead_unit_id',
      sourceType: `'SupervisionProposal'`,
      sourceId: 'p.id',
      sourceDate: 'p.replied_on',
      points: pts(CreditKind.SATISFACTION),
      note: `'代表委员对办理结果满意：' || left(p.title, 40)`,
      from: 'supervision_proposal p',
      where: [only('p.lead_unit_id'), `p.satisfaction = 'SATISFIED'`, period('p.replied_on')],
    });
    const rate = credit.get(CreditKind.COURT_APPEARANCE_RATE)?.minimumRate ?? 1;
    credited(CreditKind.COURT_APPEARANCE_RATE, {
      subject: 'l.unit_id',
      sourceType: `'CourtAppearanceRate'`,
      sourceId: 'null',
      sourceDate: 'max(a.hearing_on)',
      points: pts(CreditKind.COURT_APPEARANCE_RATE),
      note: `'负责人出庭应诉 ' || count(*) filter (where a.outcome = 'HEAD_APPEARED') || '/' || count(*) || ' 次'`,
      from: 'court_appearance a join lawsuit l on l.id = a.lawsuit_id',
      where: [only('l.unit_id'), 'a.head_required', 'a.outcome is not null', period('a.hearing_on')],
      groupBy: 'l.unit_id',
      having: `count(*) filter (where a.outcome = 'HEAD_APPEARED') >= ${num(rate)} * count(*)`,
    });
  }

  const itemSelects = lines.map(
    (l) => `select ${l.subject} as subject_id, ${l.rule}, ${l.sourceType}, ${l.sourceId}::uuid, ${l.sourceDate}, ${l.points}, ${l.note}
      from ${l.from} where ${l.where.join(' and ')}${l.groupBy ? ` group by ${l.groupBy}` : ''}${l.having ? ` having ${l.having}` : ''}`,
  );
  const noItems = `select null::uuid, null::text, null::text, null::text, null::text, null::uuid, null::date, null::float8, null::text where false`;

  const leaves = leafIndicators(rules);
  const leafValues = leaves.map((l) => `(${lit(l.code)}, ${num(l.cap)}, ${lit(`${l.groupName}·${l.name}`)})`).join(', ');
  const creditValues = rules.credits.map((c) => `(${lit(c.kind)}, ${num(c.cap)})`).join(', ');
  const grades = rules.grades;
  const gradeCase = `case when x.score >= ${num(grades[0].minScore)} then 'A' when x.score >= ${num(grades[1].minScore)} then 'B'
                          when x.score >= ${num(grades[2].minScore)} then 'C' else 'D' end`;

  return `with
subjects as (${subjects}),
raw_items (subject_id, kind, rule, indicator, source_type, source_id, source_date, points, note) as (
  ${itemSelects.length ? itemSelects.join('\n  union all\n  ') : noItems}
),
items as (select i.* from raw_items i join subjects s on s.subject_id = i.subject_id),
ded as (select subject_id, indicator, sum(points) as total from items where kind = 'DEDUCTION' group by subject_id, indicator),
ded_caps as (
  select d.subject_id, 'DEDUCTION_CAP'::text as kind, 'CAP'::text as rule, d.indicator, null::text as source_type, null::uuid as source_id, null::date as source_date,
         ${r2('-d.total - l.cap')} as points, '指标“' || l.label || '”扣分 ' || ${r2('-d.total')} || ' 分，超过上限 ' || l.cap || ' 分，超出部分不计' as note
    from ded d join ${leafValues ? `(values ${leafValues})` : '(select null::text, null::float8, null::text where false)'} as l(code, cap, label) on l.code = d.indicator
   where -d.total > l.cap + 0.000001
),
cred as (
  select i.subject_id, i.rule, sum(i.points) as total, c.cap
    from items i join ${creditValues ? `(values ${creditValues})` : '(select null::text, null::float8 where false)'} as c(kind, cap) on c.kind = i.rule
   where i.kind = 'CREDIT' group by i.subject_id, i.rule, c.cap
),
cred_caps as (
  select subject_id, 'CREDIT_CAP'::text, rule, null::text, null::text, null::uuid, null::date, ${r2('cap - total')}, '加分项 ' || rule || ' 超过上限 ' || cap || ' 分，超出部分不计'
    from cred where total > cap + 0.000001
),
cred_total as (
  select subject_id, 'CREDIT_CAP'::text, 'CREDIT_TOTAL'::text, null::text, null::text, null::uuid, null::date, ${r2(`${num(rules.maxCredits)} - sum(least(total, cap))`)},
         '加分合计超过上限 ' || ${num(rules.maxCredits)} || ' 分，超出部分不计'
    from cred group by subject_id having sum(least(total, cap)) > ${num(rules.maxCredits)} + 0.000001
),
lines as (
  select subject_id, 'BASE'::text as kind, 'BASE'::text as rule, null::text as indicator, null::text as source_type, null::uuid as source_id,
         null::date as source_date, ${num(rules.baseScore)} as points, '基础分'::text as note
    from subjects
  union all select * from items
  union all select * from ded_caps
  union all select * from cred_caps
  union all select * from cred_total
),
scored as (
  select subject_id, ${r2('sum(points)')} as score,
         ${r2(`coalesce(sum(points) filter (where kind in ('DEDUCTION', 'DEDUCTION_CAP')), 0)`)} as deductions,
         ${r2(`coalesce(sum(points) filter (where kind in ('CREDIT', 'CREDIT_CAP')), 0)`)} as credits
    from lines group by subject_id
),
results as (
  insert into evaluation_result (id, run_id, subject_type, subject_id, subject_name, unit_id, unit_kind, score, deductions, credits, grade)
  select md5(${run} || s.subject_id::text)::uuid, ${run}, ${lit(t.subjectType)}, s.subject_id, s.subject_name, s.unit_id, s.unit_kind,
         x.score, x.deductions, x.credits, ${gradeCase}
    from scored x join subjects s on s.subject_id = x.subject_id
  returning id
)
insert into evaluation_ledger (result_id, run_id, position, kind, rule, indicator, scheme_revision, source_type, source_id, source_date, points, note)
select md5(${run} || l.subject_id::text)::uuid, ${run},
       row_number() over (partition by l.subject_id
                          order by case when l.kind = 'BASE' then 0 when l.kind like 'DEDUCTION%' then 1 else 2 end,
                                   coalesce(l.indicator, l.rule), l.kind, l.rule, l.source_date, l.source_id),
       l.kind, l.rule, l.indicator, ${t.schemeRevision | 0}, l.source_type, l.source_id, l.source_date, l.points, l.note
  from lines l`;
}
