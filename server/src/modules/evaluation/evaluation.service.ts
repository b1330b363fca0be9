import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppContext } from '../../app/context';
import { AppError, assertVersion, conflict, ErrorCode, isUuid, notFound } from '../../app/errors';
import type { GraphQLResolveInfo } from 'graphql';
import { findPage, type Page } from '../../app/list';
import { SubjectType } from '../credit/credit.enums';
import { EvaluationErrorReason as R, RunStatus, SchemeStatus } from './evaluation.enums';
import { parsePeriod } from './evaluation-period';
import { EvaluationRun } from './evaluation-run.entity';
import { EvaluationScheme } from './evaluation-scheme.entity';
import type {
  CreateEvaluationSchemeInput,
  EvaluationRunListArgs,
  EvaluationSchemeListArgs,
  UpdateEvaluationSchemeInput,
} from './evaluation.input';
import { lit, scoringStatement } from './evaluation.sql';
import { validateRules, type ScoringRules } from './scoring-rules';

/** Raw SQL on the entity manager's connection, inside its transaction when there is one. */
export function sql<T = Record<string, unknown>>(em: EntityManager, query: string, params: unknown[] = []): Promise<T[]> {
  return em.getConnection().execute(query, params, 'all', em.getTransactionContext()) as Promise<T[]>;
}

/**
 * The scoring statement is one large plan; PostgreSQL's JIT compiler would spend seconds
 * compiling it (4.8 of 8.7 s in the benchmark) for a statement that runs once.
 */
function noJit(em: EntityManager) {
  return sql(em, 'set local jit = off');
}

function checkRules(rules: ScoringRules, subjectType: SubjectType): void {
  const problems = validateRules(rules, subjectType);
  if (problems.length) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, `Invalid scheme: ${problems[0].field}: ${problems[0].message}`, R.INVALID_RULES, problems[0].field, problems);
  }
}

/** Plain JSON (the input classes carry prototypes the json column does not need). */
const plainRules = (rules: ScoringRules): ScoringRules => JSON.parse(JSON.stringify(rules)) as ScoringRules;

export class EvaluationService {
  async schemes(ctx: AppContext, args: EvaluationSchemeListArgs, info?: GraphQLResolveInfo): Promise<Page<EvaluationScheme>> {
    const where: Record<string, unknown> = {};
    if (args.filter?.subjectType) where.subjectType = args.filter.subjectType;
    if (args.filter?.statuses?.length) where.status = { $in: args.filter.statuses };
    return findPage(
      ctx.em,
      EvaluationScheme,
      where,
      { orderBy: { subjectType: 'asc', periodKind: 'asc', revision: 'desc' }, limit: args.limit, offset: args.offset },
      info,
    );
  }

  async scheme(ctx: AppContext, id: string): Promise<EvaluationScheme> {
    const s = isUuid(id) ? await ctx.em.findOne(EvaluationScheme, id) : null;
    if (!s) throw notFound('Evaluation scheme');
    return s;
  }

  async createScheme(ctx: AppContext, input: CreateEvaluationSchemeInput): Promise<EvaluationScheme> {
    checkRules(input.rules, input.subjectType);
    const last = await ctx.em.findOne(
      EvaluationScheme,
      { subjectType: input.subjectType, periodKind: input.periodKind },
      { orderBy: { revision: 'desc' } },
    );
    const scheme = ctx.em.create(EvaluationScheme, {
      name: input.name.trim(),
      subjectType: input.subjectType,
      periodKind: input.periodKind,
      revision: (last?.revision ?? 0) + 1,
      rules: plainRules(input.rules),
      note: input.note,
    });
    await ctx.em.flush();
    return scheme;
  }

  /** Only drafts change; a published scheme is copied into a new draft instead. */
  async updateScheme(ctx: AppContext, id: string, input: UpdateEvaluationSchemeInput, version: number): Promise<EvaluationScheme> {
    const s = await this.scheme(ctx, id);
    assertVersion(s, version);
    if (s.status !== SchemeStatus.DRAFT) throw conflict('Only a draft scheme can be changed; create a new version', R.SCHEME_NOT_DRAFT, 'status');
    if (input.rules) {
      checkRules(input.rules, s.subjectType);
      s.rules = plainRules(input.rules);
    }
    if (input.name) s.name = input.name.trim();
    if (input.note !== undefined) s.note = input.note;
    await ctx.em.flush();
    return s;
  }

  /** Publishing retires the scheme published before for the same subject type and period kind. */
  async publishScheme(ctx: AppContext, id: string, version: number): Promise<EvaluationScheme> {
    const s = await this.scheme(ctx, id);
    assertVersion(s, version);
    if (s.status !== SchemeStatus.DRAFT) throw conflict('Only a draft scheme can be published', R.SCHEME_NOT_DRAFT, 'status');
    await ctx.em.transactional(async (em) => {
      const current = await em.findOne(EvaluationScheme, { subjectType: s.subjectType, periodKind: s.periodKind, status: SchemeStatus.PUBLISHED });
      if (current) {
        current.status = SchemeStatus.RETIRED;
        current.retiredAt = new Date();
        await em.flush();
      }
      const mine = em.merge(s);
      mine.status = SchemeStatus.PUBLISHED;
      mine.publishedAt = new Date();
      await em.flush();
    });
    return s;
  }

  async runs(ctx: AppContext, args: EvaluationRunListArgs, info?: GraphQLResolveInfo): Promise<Page<EvaluationRun>> {
    const where: Record<string, unknown> = { status: { $ne: RunStatus.SIMULATION } };
    if (args.subjectType) where.subjectType = args.subjectType;
    if (args.period) where.period = args.period;
    return findPage(
      ctx.em,
      EvaluationRun,
      where,
      { orderBy: { period: 'desc', subjectType: 'asc', revision: 'desc' }, limit: args.limit, offset: args.offset },
      info,
    );
  }

  /**
   * Scores every unit or every person for a period under the published scheme: a new run
   * (its revision one above the last), replacing the period's unpublished run. Published
   * runs are never touched.
   */
  async evaluate(ctx: AppContext, subjectType: SubjectType, period: string): Promise<EvaluationRun> {
    const p = parsePeriod(period);
    return ctx.em.transactional(async (em) => {
      const scheme = await em.findOne(EvaluationScheme, { subjectType, periodKind: p.kind, status: SchemeStatus.PUBLISHED });
      if (!scheme) throw conflict(`No published ${subjectType.toLowerCase()} scheme for ${p.kind.toLowerCase()} periods`, R.NO_PUBLISHED_SCHEME, 'period');
      return this.compute(em as EntityManager, scheme, period, RunStatus.COMPUTED);
    });
  }

  /** Runs the scoring statement into a new run (inside the caller's transaction). */
  async compute(em: EntityManager, scheme: EvaluationScheme, period: string, status: RunStatus): Promise<EvaluationRun> {
    const p = parsePeriod(period);
    const last = await em.findOne(
      EvaluationRun,
      { subjectType: scheme.subjectType, period, status: { $ne: RunStatus.SIMULATION } },
      { orderBy: { revision: 'desc' } },
    );
    if (status === RunStatus.COMPUTED) {
      // The unpublished run of the period is replaced, not kept beside the new one.
      await sql(em, `delete from evaluation_run where subject_type = ? and period = ? and status = 'COMPUTED'`, [scheme.subjectType, period]);
    }
    const run = em.create(EvaluationRun, {
      scheme,
      subjectType: scheme.subjectType,
      period,
      periodKind: p.kind,
      periodStart: p.start,
      periodEnd: p.end,
      revision: status === RunStatus.SIMULATION ? 0 : (last?.revision ?? 0) + 1,
      status,
    });
    await em.flush();
    await noJit(em);
    await sql(
      em,
      scoringStatement({
        runId: run.id,
        schemeRevision: scheme.revision,
        subjectType: scheme.subjectType,
        periodStart: p.start,
        periodEnd: p.end,
        months: p.months,
        rules: scheme.rules,
      }),
    );
    const [{ n }] = await sql<{ n: number }>(em, 'select count(*)::int as n from evaluation_result where run_id = ?', [run.id]);
    run.subjectCount = Number(n);
    await em.flush();
    return run;
  }

  /** Freezes a computed run; the run published before for the period is superseded (and stays frozen). */
  async publishRun(ctx: AppContext, id: string, version: number): Promise<EvaluationRun> {
    const run = isUuid(id) ? await ctx.em.findOne(EvaluationRun, id) : null;
    if (!run || run.status === RunStatus.SIMULATION) throw notFound('Evaluation run');
    assertVersion(run, version);
    if (run.status !== RunStatus.COMPUTED) throw conflict('Only a computed run can be published', R.RUN_NOT_COMPUTED, 'status');
    await ctx.em.transactional(async (em) => {
      const current = await em.findOne(EvaluationRun, { subjectType: run.subjectType, period: run.period, status: RunStatus.PUBLISHED });
      if (current) {
        current.status = RunStatus.SUPERSEDED;
        await em.flush();
      }
      const mine = em.merge(run);
      mine.status = RunStatus.PUBLISHED;
      mine.publishedAt = new Date();
      await em.flush();
    });
    return run;
  }

  /**
   * Incremental recomputation: rescores only these subjects in every unpublished run of
   * their type, with the same statement restricted to their ids.
   */
  async refreshSubjects(em: EntityManager, subjectType: SubjectType, subjectIds: string[]): Promise<number> {
    const ids = [...new Set(subjectIds.filter(isUuid))];
    if (!ids.length) return 0;
    const runs = await sql<{ id: string; period: string; scheme_revision: number; rules: ScoringRules | string }>(
      em,
      `select r.id, r.period, s.revision as scheme_revision, s.rules
         from evaluation_run r join evaluation_scheme s on s.id = r.scheme_id
        where r.subject_type = ? and r.status = 'COMPUTED'`,
      [subjectType],
    );
    if (!runs.length) return 0;
    // One transaction (a savepoint inside the caller's): the subjects' old rows go and the new ones come together.
    await em.transactional(async (tx) => {
      const t = tx as EntityManager;
      await noJit(t);
      for (const run of runs) {
        const p = parsePeriod(run.period);
        const rules = typeof run.rules === 'string' ? (JSON.parse(run.rules) as ScoringRules) : run.rules;
        await sql(
          t,
          `with gone as (delete from evaluation_result where run_id = ? and subject_id = any(array[${ids.map(lit).join(',')}]::uuid[]) returning id)
           delete from evaluation_ledger where result_id in (select id from gone)`,
          [run.id],
        );
        await sql(
          t,
          scoringStatement({
            runId: run.id,
            schemeRevision: run.scheme_revision,
            subjectType,
            periodStart: p.start,
            periodEnd: p.end,
            months: p.months,
            rules,
            subjectIds: ids,
          }),
        );
      }
    });
    return runs.length;
  }
}

export const evaluationService = new EvaluationService();
