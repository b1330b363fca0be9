import { today } from '../../app/clock';
import type { AppContext } from '../../app/context';
import { notFound } from '../../app/errors';
import { canSeeUnit } from '../../app/scope';
import { CATEGORY_ZH, RecordCategory, SubjectType } from '../credit/credit.enums';
import { GRADE_ZH, type Grade } from '../evaluation/evaluation.enums';
import { evaluationQueryService } from '../evaluation/evaluation-query.service';
import { sql } from '../evaluation/evaluation.service';
import { Unit } from '../organisation/unit.entity';
import type { AnnualIntegrityReport, AnnualIntegrityReportArgs } from './annual-report.types';

type Counts = Record<string, number | null>;

/** A CSV cell: quoted when needed, and formula-looking text made inert. */
function cell(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s)) s = `'${s}`;
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export class AnnualReportService {
  /** 年度诚信报告 of a unit the caller may see: records, commitments, training, supervision, evaluation. */
  async report(ctx: AppContext, args: AnnualIntegrityReportArgs): Promise<AnnualIntegrityReport> {
    const unit = await ctx.em.findOne(Unit, args.unitId);
    if (!unit || !(await canSeeUnit(ctx, unit.id))) throw notFound('Unit');
    const from = `${args.year}-01-01`;
    const to = `${args.year}-12-31`;
    const period = String(args.year);
    const [unitRun, personRun] = await Promise.all([
      evaluationQueryService.currentRun(ctx.em, SubjectType.UNIT, period),
      evaluationQueryService.currentRun(ctx.em, SubjectType.PERSON, period),
    ]);
    const [c] = await sql<Counts & { grade: Grade | null }>(
      ctx.em,
      `with rec as (
         select * from dishonesty_record where scope_unit_id = ? and status = 'CONFIRMED' and decision_date between ? and ?
       ), com as (
         select * from commitment where scope_unit_id = ? and due_on between ? and ?
       ), staff as (
         select id from person where unit_id = ? and status = 'ACTIVE'
       ), hours as (
         select a.person_id, sum(a.hours_credited) as h from training_attendance a join training_session s on s.id = a.session_id
          where a.scope_unit_id = ? and s.held_on between ? and ? group by a.person_id
       ), minimum as (
         select coalesce((select minimum_hours_per_year from training_policy where id = 'default'), 12) as m
       ), task as (
         select * from supervision_task where assigned_unit_id = ? and due_on between ? and ?
       )
       select (select count(*) from rec)::int as records,
              (select count(*) from rec where subject_type = 'UNIT')::int as records_about_unit,
              (select count(*) from rec where severity in ('SERIOUS', 'GRAVE'))::int as serious_records,
              (select count(*) from rec where repaired_at is not null)::int as repaired_records,
              (select count(*) from com)::int as commitments_due,
              (select count(*) from com where status = 'FULFILLED')::int as commitments_fulfilled,
              (select count(*) from com where status = 'BROKEN')::int as commitments_broken,
              (select count(*) from com where status = 'WAIVED')::int as commitments_waived,
              (select count(*) from com where status = 'PENDING')::int as commitments_pending,
              (select count(*) from staff)::int as staff,
              (select coalesce(sum(h), 0) from hours)::float8 as training_hours,
              (select count(*) from staff join hours on hours.person_id = staff.id, minimum where hours.h >= minimum.m)::int as staff_meeting_minimum,
              (select m from minimum)::float8 as training_minimum_hours,
              (select count(*) from task)::int as supervision_tasks,
              (select count(*) from task where status = 'ACCEPTED')::int as supervision_tasks_accepted,
              (select count(*) from task where (status = 'ACCEPTED' and accepted_on > due_on) or (status <> 'ACCEPTED' and due_on < ?::date))::int as supervision_tasks_late,
              (select count(*) from supervision_proposal where lead_unit_id = ? and received_on between ? and ?)::int as proposals_led,
              (select count(*) from supervision_proposal where lead_unit_id = ? and received_on between ? and ? and replied_on is not null)::int as proposals_replied,
              (select count(*) from judicial_suggestion where unit_id = ? and received_on between ? and ?)::int as judicial_suggestions,
              (select count(*) from judicial_suggestion where unit_id = ? and received_on between ? and ? and status = 'REPLIED')::int as judicial_suggestions_replied,
              (select score from evaluation_result where run_id = ? and subject_id = ?)::float8 as score,
              (select grade from evaluation_result where run_id = ? and subject_id = ?) as grade,
              (select count(*) from evaluation_result where run_id = ? and unit_id = ?)::int as staff_evaluated,
              (select round(avg(score)::numeric, 2) from evaluation_result where run_id = ? and unit_id = ?)::float8 as staff_average,
              (select count(*) from evaluation_result where run_id = ? and unit_id = ? and grade in ('C', 'D'))::int as staff_warned`,
      [
        unit.id, from, to,
        unit.id, from, to,
        unit.id,
        unit.id, from, to,
        unit.id, from, to,
        to < today() ? to : today(),
        unit.id, from, to,
        unit.id, from, to,
        unit.id, from, to,
        unit.id, from, to,
        unitRun?.id ?? null, unit.id,
        unitRun?.id ?? null, unit.id,
        personRun?.id ?? null, unit.id,
        personRun?.id ?? null, unit.id,
        personRun?.id ?? null, unit.id,
      ],
    );
    const byCategory = await sql<{ category: RecordCategory; n: number }>(
      ctx.em,
      `select category, count(*)::int as n from dishonesty_record
        where scope_unit_id = ? and status = 'CONFIRMED' and decision_date between ? and ? group by category order by count(*) desc, category`,
      [unit.id, from, to],
    );
    const n = (k: string) => Number(c[k] ?? 0);
    const fulfilled = n('commitments_fulfilled');
    const broken = n('commitments_broken');
    const report: Omit<AnnualIntegrityReport, 'csv'> = {
      year: args.year,
      unitId: unit.id,
      unitCode: unit.code,
      unitName: unit.name,
      unitKind: unit.kind,
      records: n('records'),
      recordsAboutUnit: n('records_about_unit'),
      recordsAboutStaff: n('records') - n('records_about_unit'),
      seriousRecords: n('serious_records'),
      repairedRecords: n('repaired_records'),
      recordsByCategory: byCategory.map((r) => ({ category: r.category, count: Number(r.n) })),
      commitmentsDue: n('commitments_due'),
      commitmentsFulfilled: fulfilled,
      commitmentsBroken: broken,
      commitmentsWaived: n('commitments_waived'),
      commitmentsPending: n('commitments_pending'),
      fulfilmentRate: fulfilled + broken ? Math.round((fulfilled / (fulfilled + broken)) * 1000) / 10 : null,
      staff: n('staff'),
      trainingHours: Math.round(n('training_hours') * 10) / 10,
      staffMeetingMinimum: n('staff_meeting_minimum'),
      trainingMinimumHours: n('training_minimum_hours'),
      supervisionTasks: n('supervision_tasks'),
      supervisionTasksAccepted: n('supervision_tasks_accepted'),
      supervisionTasksLate: n('supervision_tasks_late'),
      proposalsLed: n('proposals_led'),
      proposalsReplied: n('proposals_replied'),
      judicialSuggestions: n('judicial_suggestions'),
      judicialSuggestionsReplied: n('judicial_suggestions_replied'),
      score: c.score === null ? null : Number(c.score),
      grade: c.grade,
      gradePublished: unitRun?.status === 'PUBLISHED',
      staffEvaluated: n('staff_evaluated'),
      staffAverage: c.staff_average === null ? null : Number(c.staff_average),
      staffWarned: n('staff_warned'),
    };
    return { ...report, csv: toCsv(report) };
  }
}

function toCsv(r: Omit<AnnualIntegrityReport, 'csv'>): string {
  const rows: [string, unknown][] = [
    ['年度', r.year],
    ['单位编码', r.unitCode],
    ['单位名称', r.unitName],
    ['失信记录（已认定）', r.records],
    ['其中：单位', r.recordsAboutUnit],
    ['其中：个人', r.recordsAboutStaff],
    ['较重及严重', r.seriousRecords],
    ['已信用修复', r.repairedRecords],
    ...r.recordsByCategory.map((x): [string, unknown] => [`类别：${CATEGORY_ZH[x.category]}`, x.count]),
    ['年内到期承诺', r.commitmentsDue],
    ['已履行', r.commitmentsFulfilled],
    ['未履行', r.commitmentsBroken],
    ['已豁免', r.commitmentsWaived],
    ['履行中', r.commitmentsPending],
    ['履约率（%）', r.fulfilmentRate],
    ['在职人员', r.staff],
    ['诚信教育学时', r.trainingHours],
    ['达到年度学时要求人数', r.staffMeetingMinimum],
    ['年度学时要求', r.trainingMinimumHours],
    ['督办事项', r.supervisionTasks],
    ['已验收', r.supervisionTasksAccepted],
    ['逾期', r.supervisionTasksLate],
    ['主办建议提案', r.proposalsLed],
    ['已答复', r.proposalsReplied],
    ['司法（检察）建议', r.judicialSuggestions],
    ['已回复', r.judicialSuggestionsReplied],
    ['诚信得分', r.score],
    ['诚信等级', r.grade ? `${r.grade}（${GRADE_ZH[r.grade]}）` : ''],
    ['结果已发布', r.gradePublished ? '是' : '否'],
    ['参评人员', r.staffEvaluated],
    ['人员平均分', r.staffAverage],
    ['警示及失信人数', r.staffWarned],
  ];
  return [['项目', '数值'], ...rows].map((line) => line.map(cell).join(',')).join('\n');
}

export const annualReportService = new AnnualReportService();
