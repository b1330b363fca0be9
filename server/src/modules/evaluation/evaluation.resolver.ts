import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Access } from '../../app/access';
import type { AppContext } from '../../app/context';
import { SubjectType } from '../credit/credit.enums';
import { UnitKind } from '../organisation/organisation.enums';
import { Unit } from '../organisation/unit.entity';
import { EvaluationLedgerEntry, EvaluationResult, EvaluationRun } from './evaluation-run.entity';
import { EvaluationScheme } from './evaluation-scheme.entity';
import {
  CreateEvaluationSchemeInput,
  EvaluationChangesArgs,
  EvaluationResultsArgs,
  EvaluationRunListArgs,
  EvaluationSchemeListArgs,
  EvaluationWhatIfArgs,
  UpdateEvaluationSchemeInput,
} from './evaluation.input';
import { evaluationQueryService } from './evaluation-query.service';
import { EVALUATION_READERS, EVALUATORS, SCHEME_EDITORS } from './evaluation.roles';
import { evaluationService } from './evaluation.service';
import {
  EvaluationResultList,
  EvaluationRunList,
  EvaluationSchemeList,
  EvaluationTrendPoint,
  GradeDistribution,
  PerformanceAssessmentExport,
  ScoreChanges,
  WhatIfResult,
} from './evaluation.types';

@Resolver(() => EvaluationScheme)
export class EvaluationSchemeResolver {
  @Query(() => EvaluationSchemeList, { description: '评价方案 and their versions' })
  @Access(...EVALUATION_READERS)
  evaluationSchemes(@Args(() => EvaluationSchemeListArgs) args: EvaluationSchemeListArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return evaluationService.schemes(ctx, args, info);
  }

  @Query(() => EvaluationScheme)
  @Access(...EVALUATION_READERS)
  evaluationScheme(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return evaluationService.scheme(ctx, id);
  }

  @Mutation(() => EvaluationScheme, { description: 'A new draft scheme (the next version for its subject type and period kind); rules are validated' })
  @Access(...SCHEME_EDITORS)
  createEvaluationScheme(@Arg('input', () => CreateEvaluationSchemeInput) input: CreateEvaluationSchemeInput, @Ctx() ctx: AppContext) {
    return evaluationService.createScheme(ctx, input);
  }

  @Mutation(() => EvaluationScheme, { description: 'Changes a draft scheme' })
  @Access(...SCHEME_EDITORS)
  updateEvaluationScheme(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateEvaluationSchemeInput) input: UpdateEvaluationSchemeInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return evaluationService.updateScheme(ctx, id, input, version);
  }

  @Mutation(() => EvaluationScheme, { description: 'Publishes a draft; the scheme published before for the same subject type and period kind is retired' })
  @Access(...SCHEME_EDITORS)
  publishEvaluationScheme(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: AppContext) {
    return evaluationService.publishScheme(ctx, id, version);
  }
}

@Resolver(() => EvaluationRun)
export class EvaluationRunResolver {
  @Query(() => EvaluationRunList, { description: '评价批次, newest period first' })
  @Access(...EVALUATION_READERS)
  evaluationRuns(@Args(() => EvaluationRunListArgs) args: EvaluationRunListArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return evaluationService.runs(ctx, args, info);
  }

  @Mutation(() => EvaluationRun, { description: 'Scores every unit or person for a period under the published scheme (a new run version)' })
  @Access(...EVALUATORS)
  evaluate(
    @Arg('subjectType', () => SubjectType) subjectType: SubjectType,
    @Arg('period', () => String, { description: '2025 or 2025-Q1' }) period: string,
    @Ctx() ctx: AppContext,
  ) {
    return evaluationService.evaluate(ctx, subjectType, period);
  }

  @Mutation(() => EvaluationRun, { description: 'Freezes a computed run as the period’s published result' })
  @Access(...SCHEME_EDITORS)
  publishEvaluationRun(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: AppContext) {
    return evaluationService.publishRun(ctx, id, version);
  }

  @FieldResolver(() => EvaluationScheme)
  scheme(@Root() run: EvaluationRun) {
    return run.scheme.load();
  }
}

@Resolver(() => EvaluationResult)
export class EvaluationResultResolver {
  @Query(() => EvaluationResultList, { description: 'Results of a run (rankings): best first, each with its rank within its kind of unit' })
  @Access(...EVALUATION_READERS)
  evaluationResults(@Args(() => EvaluationResultsArgs) args: EvaluationResultsArgs, @Ctx() ctx: AppContext) {
    return evaluationQueryService.results(ctx, args);
  }

  @Query(() => EvaluationResult, { nullable: true, description: 'A subject’s score, grade and ledger; empty when not evaluated' })
  @Access(...EVALUATION_READERS)
  evaluationResult(
    @Arg('subjectType', () => SubjectType) subjectType: SubjectType,
    @Arg('subjectId', () => ID) subjectId: string,
    @Arg('period', () => String, { nullable: true }) period: string | undefined,
    @Arg('runId', () => ID, { nullable: true }) runId: string | undefined,
    @Ctx() ctx: AppContext,
  ) {
    return evaluationQueryService.result(ctx, subjectType, subjectId, period ?? undefined, runId ?? undefined);
  }

  @Query(() => [EvaluationTrendPoint], { description: 'A subject’s published scores across periods' })
  @Access(...EVALUATION_READERS)
  evaluationTrend(
    @Arg('subjectType', () => SubjectType) subjectType: SubjectType,
    @Arg('subjectId', () => ID) subjectId: string,
    @Ctx() ctx: AppContext,
  ) {
    return evaluationQueryService.trend(ctx, subjectType, subjectId);
  }

  @Query(() => GradeDistribution, { nullable: true, description: 'How many subjects have each grade in the period’s current run' })
  @Access(...EVALUATION_READERS)
  evaluationDistribution(
    @Arg('subjectType', () => SubjectType) subjectType: SubjectType,
    @Arg('period', () => String) period: string,
    @Arg('unitKind', () => UnitKind, { nullable: true }) unitKind: UnitKind | undefined,
    @Ctx() ctx: AppContext,
  ) {
    return evaluationQueryService.distribution(ctx, subjectType, period, unitKind ?? undefined);
  }

  @Query(() => ScoreChanges, { description: 'Subjects with the biggest changes between two runs' })
  @Access(...EVALUATION_READERS)
  evaluationChanges(@Args(() => EvaluationChangesArgs) args: EvaluationChangesArgs, @Ctx() ctx: AppContext) {
    return evaluationQueryService.changes(ctx, args);
  }

  @Query(() => WhatIfResult, { description: 'What-if: a (draft) scheme against a period, compared with the published result per subject' })
  @Access(...EVALUATORS)
  evaluationWhatIf(@Args(() => EvaluationWhatIfArgs) args: EvaluationWhatIfArgs, @Ctx() ctx: AppContext) {
    return evaluationQueryService.whatIf(ctx, args);
  }

  @Query(() => PerformanceAssessmentExport, { description: '机关绩效考核 export: each unit’s integrity result and its staff’s' })
  @Access(...EVALUATION_READERS)
  performanceAssessmentExport(@Arg('period', () => String) period: string, @Ctx() ctx: AppContext) {
    return evaluationQueryService.performanceExport(ctx, period);
  }

  @FieldResolver(() => [EvaluationLedgerEntry], { description: '计分明细: every point, with its rule and source; the points add up to the score' })
  async ledger(@Root() result: EvaluationResult) {
    // Collections load through the dataloader: a page of results costs one ledger query.
    const items = await result.ledger.load();
    return items.getItems();
  }

  @FieldResolver(() => Unit, { description: 'The unit evaluated, or the person’s unit' })
  unit(@Root() result: EvaluationResult) {
    return evaluationQueryService.unitOf(result);
  }

  @FieldResolver(() => EvaluationRun)
  run(@Root() result: EvaluationResult) {
    return result.run.load();
  }
}
