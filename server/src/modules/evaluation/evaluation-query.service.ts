import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppContext } from '../../app/context';
import { badInput, conflict, isUuid, notFound } from '../../app/errors';
import { visibleUnitIds } from '../../app/scope';
import { SubjectType } from '../credit/credit.enums';
import { findSubject } from '../credit/subject';
import { Unit } from '../organisation/unit.entity';
import { EvaluationErrorReason as R, Grade, GRADE_ORDER, GRADE_ZH, RunStatus } from './evaluation.enums';
import { parsePeriod } from './evaluation-period';
import { EvaluationResult, EvaluationRun } from './evaluation-run.entity';
import { EvaluationScheme } from './evaluation-scheme.entity';
import type { EvaluationChangesArgs, EvaluationResultsArgs, EvaluationWhatIfArgs } from './evaluation.input';
import { evaluationService, sql } from './evaluation.service';
import type {
  EvaluationResultList,
  EvaluationTrendPoint,
  GradeDistribution,
  PerformanceAssessmentExport,
  PerformanceAssessmentRow,
  ScoreChange,
  ScoreChanges,
  WhatIfResult,
} from './evaluation.types';

const uuidArray = (ids: Iterable<string>) => `array[${[...ids].map((id) => `'${id}'`).join(',')}]::uuid[]`;
/** Scope filter on a result's unit; ids come from the database, so they are safe to inline. */
const scopeClause = (visible: Set<string> | null, col = 'unit_id') => (visible === null ? '' : ` and ${col} = any(${uuidArray(visible)})`);

interface ChangeRow {
  subject_type: SubjectType | null;
  subject_id: string | null;
  subject_name: string | null;
  unit_kind: string | null;
  from_score: number | null;
  to_score: number | null;
  delta: number | null;
  from_grade: Grade | null;
  to_grade: Grade | null;
  from_rank: number | null;
  to_rank: number | null;
  changed: number;
  grade_changed: number;
  from_avg: number | null;
  to_avg: number | null;
  subjects: number;
}

class RollbackSimulation extends Error {}

export class EvaluationQueryService {
  /** The run asked for, or the period's current one: published, else the latest computed. */
  async currentRun(em: EntityManager, subjectType: SubjectType, period?: string, runId?: string): Promise<EvaluationRun | null> {
    if (runId) {
      const run = isUuid(runId) ? await em.findOne(EvaluationRun, runId) : null;
      if (!run || run.status === RunStatus.SIMULATION || run.subjectType !== subjectType) throw notFound('Evaluation run');
      return run;
    }
    if (!period) throw badInput('period', 'Give a period or a run', R.INVALID_PERIOD);
    parsePeriod(period);
    const runs = await em.find(
      EvaluationRun,
      { subjectType, period, status: { $in: [RunStatus.PUBLISHED, RunStatus.COMPUTED] } },
      { orderBy: { revision: 'desc' } },
    );
    return runs.find((r) => r.status === RunStatus.PUBLISHED) ?? runs[0] ?? null;
  }

  /** A page of a run's results, best first, with each one's rank within its kind of unit. */
  async results(ctx: AppContext, args: EvaluationResultsArgs): Promise<EvaluationResultList> {
    const run = await this.currentRun(ctx.em, args.subjectType, args.period, args.runId);
    if (!run) return { items: [], total: 0 };
    const visible = await visibleUnitIds(ctx);
    const f = args.filter ?? {};
    const where: string[] = [];
    const params: unknown[] = [run.id];
    if (f.unitKind) {
      where.push('unit_kind = ?');
      params.push(f.unitKind);
    }
    if (f.unitId) {
      if (!isUuid(f.unitId)) return { items: [], total: 0, run };
      where.push('unit_id = ?');
      params.push(f.unitId);
    }
    if (f.grades?.length) {
      where.push(`grade in (${f.grades.map(() => '?').join(', ')})`);
      params.push(...f.grades);
    }
    const rows = await sql<Record<string, unknown> & { rank: number; total: number }>(
      ctx.em,
      `with ranked as (
         select r.*, rank() over (partition by r.unit_kind order by r.score desc)::int as rank
           from evaluation_result r where r.run_id = ?
       )
       select *, count(*) over ()::int as total from ranked
        where true${where.map((w) => ` and ${w}`).join('')}${scopeClause(visible)}
        order by score desc, subject_name, subject_id
        limit ${args.limit} offset ${args.offset}`,
      params,
    );
    const items = rows.map((row) => {
      const { rank, total: _total, ...columns } = row;
      const result = ctx.em.map(EvaluationResult, columns);
      result.rank = Number(rank);
      return result;
    });
    return { items, total: rows.length ? Number(rows[0].total) : 0, run };
  }

  /** A subject's result in a run (the period's current run by default); null when not evaluated. */
  async result(ctx: AppContext, subjectType: SubjectType, subjectId: string, period?: string, runId?: string): Promise<EvaluationResult | null> {
    await findSubject(ctx, subjectType, subjectId);
    const run = await this.currentRun(ctx.em, subjectType, period, runId);
    if (!run) return null;
    const [row] = await sql<{ rank: number; id: string }>(
      ctx.em,
      `select id, rank from (
         select r.id, r.subject_id, rank() over (partition by r.unit_kind order by r.score desc)::int as rank
           from evaluation_result r where r.run_id = ?
       ) x where subject_id = ?`,
      [run.id, subjectId],
    );
    if (!row) return null;
    const result = await ctx.em.findOneOrFail(EvaluationResult, row.id);
    result.rank = Number(row.rank);
    return result;
  }

  /** Published scores of a subject across periods, oldest first. */
  async trend(ctx: AppContext, subjectType: SubjectType, subjectId: string): Promise<EvaluationTrendPoint[]> {
    await findSubject(ctx, subjectType, subjectId);
    const rows = await sql<{ period: string; run_id: string; revision: number; score: number; grade: Grade }>(
      ctx.em,
      `select r.period, r.id as run_id, r.revision, x.score, x.grade
         from evaluation_result x join evaluation_run r on r.id = x.run_id
        where x.subject_id = ? and r.status = 'PUBLISHED'
        order by r.period_start, r.period_end`,
      [subjectId],
    );
    return rows.map((r) => ({ period: r.period, runId: r.run_id, runRevision: r.revision, score: r.score, grade: r.grade }));
  }

  async distribution(ctx: AppContext, subjectType: SubjectType, period: string, unitKind?: string): Promise<GradeDistribution | null> {
    const run = await this.currentRun(ctx.em, subjectType, period);
    if (!run) return null;
    const visible = await visibleUnitIds(ctx);
    const rows = await sql<{ grade: Grade | null; n: number; avg: number | null }>(
      ctx.em,
      `select grade, count(*)::int as n, round(avg(score)::numeric, 2)::float8 as avg
         from evaluation_result where run_id = ?${unitKind ? ' and unit_kind = ?' : ''}${scopeClause(visible)}
        group by rollup (grade)`,
      unitKind ? [run.id, unitKind] : [run.id],
    );
    const scheme = await ctx.em.findOneOrFail(EvaluationScheme, run.scheme.id);
    const labels = new Map(scheme.rules.grades.map((g) => [g.grade, g.label]));
    const counts = new Map(rows.filter((r) => r.grade).map((r) => [r.grade!, Number(r.n)]));
    const all = rows.find((r) => r.grade === null);
    return {
      run,
      grades: GRADE_ORDER.map((g) => ({ grade: g, label: labels.get(g) ?? GRADE_ZH[g], count: counts.get(g) ?? 0 })),
      averageScore: all?.avg ?? null,
    };
  }

  /** Differences between two runs of the same subject type, largest first. */
  async changes(ctx: AppContext, args: EvaluationChangesArgs): Promise<ScoreChanges> {
    const [from, to] = await Promise.all([args.fromRunId, args.toRunId].map((id) => (isUuid(id) ? ctx.em.findOne(EvaluationRun, id) : null)));
    if (!from || from.status === RunStatus.SIMULATION) throw notFound('Evaluation run');
    if (!to || to.status === RunStatus.SIMULATION) throw notFound('Evaluation run');
    if (from.subjectType !== to.subjectType) throw badInput('toRunId', 'Compare runs of the same subject type', R.SUBJECT_TYPE_MISMATCH);
    const rows = await this.compare(ctx.em, from.id, to.id, args.limit, await visibleUnitIds(ctx));
    return { changed: rows[0]?.changed ?? 0, gradeChanged: rows[0]?.grade_changed ?? 0, items: toChanges(rows) };
  }

  /**
   * Subjects whose score differs between two runs, largest first, with their rank within the kind
   * of unit in each run (ranked over the whole run, then limited to what the caller may see).
   * `withRankChanges` also lists subjects whose score stayed but whose rank moved (the what-if page).
   */
  private compare(
    em: EntityManager,
    fromRunId: string,
    toRunId: string,
    limit: number,
    visible: Set<string> | null,
    withRankChanges = false,
  ): Promise<ChangeRow[]> {
    const ranked = `select r.*, rank() over (partition by r.unit_kind order by r.score desc)::int as rank from evaluation_result r where r.run_id = ?`;
    const listed = withRankChanges ? 'from_score is distinct from to_score or from_rank is distinct from to_rank' : 'from_score is distinct from to_score';
    return sql<ChangeRow>(
      em,
      `with a as (select * from (${ranked}) x where true${scopeClause(visible)}),
            b as (select * from (${ranked}) x where true${scopeClause(visible)}),
            d as (
              select coalesce(b.subject_type, a.subject_type) as subject_type, coalesce(b.subject_id, a.subject_id) as subject_id,
                     coalesce(b.subject_name, a.subject_name) as subject_name, coalesce(b.unit_kind, a.unit_kind) as unit_kind,
                     a.score as from_score, b.score as to_score,
                     round((coalesce(b.score, 0) - coalesce(a.score, 0))::numeric, 2)::float8 as delta, a.grade as from_grade, b.grade as to_grade,
                     a.rank as from_rank, b.rank as to_rank
                from a full join b on a.subject_id = b.subject_id
            ),
            agg as (
              select count(*) filter (where from_score is distinct from to_score)::int as changed,
                     count(*) filter (where from_grade is distinct from to_grade)::int as grade_changed,
                     round(avg(from_score)::numeric, 2)::float8 as from_avg, round(avg(to_score)::numeric, 2)::float8 as to_avg,
                     count(to_score)::int as subjects
                from d
            )
       select c.*, agg.* from agg
         left join lateral (
           select * from d where ${listed}
            order by abs(delta) desc, subject_name, subject_id limit ${limit | 0}
         ) c on true`,
      [fromRunId, toRunId],
    );
  }

  /**
   * What-if: scores the period with another scheme (normally a draft) and compares with the
   * published run. The simulated run lives only inside a transaction that is rolled back.
   */
  async whatIf(ctx: AppContext, args: EvaluationWhatIfArgs): Promise<WhatIfResult> {
    const scheme = await evaluationService.scheme(ctx, args.schemeId);
    const p = parsePeriod(args.period);
    if (scheme.periodKind !== p.kind) throw badInput('period', `The scheme is for ${scheme.periodKind.toLowerCase()} periods`, R.PERIOD_KIND_MISMATCH);
    const published = await ctx.em.findOne(EvaluationRun, { subjectType: scheme.subjectType, period: args.period, status: RunStatus.PUBLISHED });
    if (!published) throw conflict(`No published result for ${args.period} to compare with`, R.NO_PUBLISHED_RUN, 'period');
    let rows: ChangeRow[] = [];
    try {
      await ctx.em.transactional(async (em) => {
        const sim = await evaluationService.compute(em as EntityManager, scheme, args.period, RunStatus.SIMULATION);
        rows = await this.compare(em as EntityManager, published.id, sim.id, args.limit, null, true);
        throw new RollbackSimulation();
      });
    } catch (e) {
      if (!(e instanceof RollbackSimulation)) throw e;
    }
    const head = rows[0];
    return {
      schemeId: scheme.id,
      period: args.period,
      publishedRunId: published.id,
      subjects: head?.subjects ?? 0,
      changed: head?.changed ?? 0,
      gradeChanged: head?.grade_changed ?? 0,
      publishedAverage: head?.from_avg ?? null,
      simulatedAverage: head?.to_avg ?? null,
      items: toChanges(rows),
    };
  }

  /** 机关绩效考核 export: each visible unit's result and its staff's, for a period. */
  async performanceExport(ctx: AppContext, period: string): Promise<PerformanceAssessmentExport> {
    parsePeriod(period);
    const [unitRun, personRun] = await Promise.all([
      this.currentRun(ctx.em, SubjectType.UNIT, period),
      this.currentRun(ctx.em, SubjectType.PERSON, period),
    ]);
    const visible = await visibleUnitIds(ctx);
    const rows = await sql<{
      id: string; code: string; name: string; kind: string; score: number | null; grade: Grade | null; rank: number | null;
      deductions: number | null; credits: number | null; staff: number; staff_avg: number | null; staff_warned: number;
    }>(
      ctx.em,
      `with ur as (
         select r.*, rank() over (partition by r.unit_kind order by r.score desc)::int as rank from evaluation_result r where r.run_id = ?
       ),
       pr as (
         select unit_id, count(*)::int as staff, round(avg(score)::numeric, 2)::float8 as staff_avg,
                count(*) filter (where grade in ('C', 'D'))::int as staff_warned
           from evaluation_result where run_id = ? group by unit_id
       )
       select u.id, u.code, u.name, u.kind, ur.score, ur.grade, ur.rank, ur.deductions, ur.credits,
              coalesce(pr.staff, 0) as staff, pr.staff_avg, coalesce(pr.staff_warned, 0) as staff_warned
         from unit u left join ur on ur.subject_id = u.id left join pr on pr.unit_id = u.id
        where u.active${scopeClause(visible, 'u.id')}
        order by u.sort_order, u.code`,
      [unitRun?.id ?? null, personRun?.id ?? null],
    );
    const out: PerformanceAssessmentRow[] = rows.map((r) => ({
      unitId: r.id,
      unitCode: r.code,
      unitName: r.name,
      unitKind: r.kind as PerformanceAssessmentRow['unitKind'],
      score: r.score,
      grade: r.grade,
      rank: r.rank,
      deductions: r.deductions,
      credits: r.credits,
      staffEvaluated: Number(r.staff),
      staffAverage: r.staff_avg,
      staffWarned: Number(r.staff_warned),
    }));
    const cell = (v: unknown) => {
      const s = v === null || v === undefined ? '' : String(v);
      return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    };
    const header = ['单位编码', '单位名称', '诚信得分', '等级', '同类排名', '扣分', '加分', '参评人数', '人员平均分', '警示及失信人数'];
    const csv = [header, ...out.map((r) => [r.unitCode, r.unitName, r.score, r.grade, r.rank, r.deductions, r.credits, r.staffEvaluated, r.staffAverage, r.staffWarned])]
      .map((line) => line.map(cell).join(','))
      .join('\n');
    return { period, unitRunId: unitRun?.id, personRunId: personRun?.id, rows: out, csv };
  }

  /** The unit a result belongs to, for the field resolver (batched by the dataloader). */
  unitOf(result: EvaluationResult): Promise<Unit> {
    return result.unit.load() as Promise<Unit>;
  }
}

function toChanges(rows: ChangeRow[]): ScoreChange[] {
  return rows
    .filter((r) => r.subject_id !== null)
    .map((r) => ({
      subjectType: r.subject_type!,
      subjectId: r.subject_id!,
      subjectName: r.subject_name!,
      unitKind: r.unit_kind as ScoreChange['unitKind'],
      fromScore: r.from_score,
      toScore: r.to_score,
      delta: Number(r.delta),
      fromGrade: r.from_grade,
      toGrade: r.to_grade,
      fromRank: r.from_rank,
      toRank: r.to_rank,
    }));
}

export const evaluationQueryService = new EvaluationQueryService();
