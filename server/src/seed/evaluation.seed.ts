import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../app/clock';
import { SubjectType } from '../modules/credit/credit.enums';
import { PERSON_SCHEME_RULES, UNIT_SCHEME_RULES } from '../modules/evaluation/evaluation.defaults';
import { PeriodKind, RunStatus, SchemeStatus } from '../modules/evaluation/evaluation.enums';
import { EvaluationScheme } from '../modules/evaluation/evaluation-scheme.entity';
import { evaluationService } from '../modules/evaluation/evaluation.service';

export interface EvaluationSeedSummary {
  evaluationSchemes: number;
  evaluatedUnits: number;
  evaluatedPeople: number;
}

/** A published unit scheme and person scheme, the previous year evaluated and published, and a quarterly draft. */
export async function seedEvaluation(em: EntityManager): Promise<EvaluationSeedSummary> {
  const publishedAt = new Date();
  const schemes = [
    { name: '单位政务诚信年度评价方案', subjectType: SubjectType.UNIT, rules: UNIT_SCHEME_RULES },
    { name: '公务人员诚信年度评价方案', subjectType: SubjectType.PERSON, rules: PERSON_SCHEME_RULES },
  ].map((s) =>
    em.create(EvaluationScheme, {
      ...s,
      periodKind: PeriodKind.YEAR,
      revision: 1,
      status: SchemeStatus.PUBLISHED,
      publishedAt,
      rules: JSON.parse(JSON.stringify(s.rules)) as typeof s.rules,
      note: '依据省级政务诚信评价标准制定：基础分100分，按失信记录类别和严重程度扣分，守信表现加分。',
    }),
  );
  // A quarterly unit scheme still being drafted: quarters are not evaluated until it is published.
  em.create(EvaluationScheme, {
    name: '单位政务诚信季度评价方案（征求意见稿）',
    subjectType: SubjectType.UNIT,
    periodKind: PeriodKind.QUARTER,
    revision: 1,
    status: SchemeStatus.DRAFT,
    rules: JSON.parse(JSON.stringify(UNIT_SCHEME_RULES)) as typeof UNIT_SCHEME_RULES,
    note: '按季度跟踪失信记录和整改进展，规则与年度方案一致，待局务会审定后发布。',
  });
  await em.flush();
  const year = String(Number(today().slice(0, 4)) - 1);
  const counts: number[] = [];
  for (const scheme of schemes) {
    const run = await evaluationService.compute(em, scheme, year, RunStatus.COMPUTED);
    run.status = RunStatus.PUBLISHED;
    run.publishedAt = publishedAt;
    counts.push(run.subjectCount);
  }
  await em.flush();
  return { evaluationSchemes: schemes.length + 1, evaluatedUnits: counts[0], evaluatedPeople: counts[1] };
}
