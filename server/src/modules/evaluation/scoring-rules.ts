import { Field, Float, InputType, ObjectType } from 'type-graphql';
import { RecordCategory, Severity, SubjectType } from '../credit/credit.enums';
import type { FieldProblem } from '../../app/errors';
import { CreditKind, Grade, GRADE_ORDER, RecordDateRule } from './evaluation.enums';

// The scheme's rule document. Each class is both the stored/returned shape and the input.

@ObjectType('ScoringIndicator', { description: 'Second-level indicator (二级指标)' })
@InputType('ScoringIndicatorInput')
export class ScoringIndicator {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => Float, { description: 'Share of its first-level indicator, in percent (the shares add up to 100)' }) weight!: number;
  @Field(() => Float, { nullable: true, description: 'Most points deducted under it; at most its full marks, which is also the default' })
  cap?: number | null;
}

@ObjectType('ScoringIndicatorGroup', { description: 'First-level indicator (一级指标)' })
@InputType('ScoringIndicatorGroupInput')
export class ScoringIndicatorGroup {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => Float, { description: 'Share of the base score, in percent (the shares add up to 100)' }) weight!: number;
  @Field(() => [ScoringIndicator]) children!: ScoringIndicator[];
}

@ObjectType('DeductionRule', { description: '扣分标准: points per record of a category and severity' })
@InputType('DeductionRuleInput')
export class DeductionRule {
  @Field(() => RecordCategory) category!: RecordCategory;
  @Field(() => Severity) severity!: Severity;
  @Field(() => String, { description: 'Code of the second-level indicator the points come off' }) indicator!: string;
  @Field(() => Float) points!: number;
}

@ObjectType('CreditRule', { description: '加分标准' })
@InputType('CreditRuleInput')
export class CreditRule {
  @Field(() => CreditKind) kind!: CreditKind;
  @Field(() => Float, { description: 'Points per item (per class hour for training; once for the court appearance rate)' }) points!: number;
  @Field(() => Float, { description: 'Most points this credit can give' }) cap!: number;
  @Field(() => Float, { nullable: true, description: 'Court appearance rate needed, 0–1 (COURT_APPEARANCE_RATE only)' })
  minimumRate?: number | null;
}

@ObjectType('ScoringTimeRules', { description: 'Which records count in a period' })
@InputType('ScoringTimeRulesInput')
export class ScoringTimeRules {
  @Field(() => RecordDateRule) recordDate!: RecordDateRule;
  @Field(() => Boolean, { description: 'Whether repaired records (信用修复) still count; normally false' }) countRepaired!: boolean;
  @Field(() => Boolean, { description: 'Whether records under objection (异议处理中) count before the decision' }) countDisputed!: boolean;
  @Field(() => Float, { description: 'Share of the points a record mitigated by self-correction (从轻) still costs, 0–1; waived records cost nothing' })
  mitigatedFactor!: number;
}

@ObjectType('GradeThreshold')
@InputType('GradeThresholdInput')
export class GradeThreshold {
  @Field(() => Grade) grade!: Grade;
  @Field(() => String, { description: 'e.g. 诚信, 基本诚信, 警示, 失信' }) label!: string;
  @Field(() => Float, { description: 'Lowest score of the grade (ignored for D, the lowest grade)' }) minScore!: number;
}

@ObjectType('ScoringRules', { description: 'A scheme’s rules: indicators, deductions, credits, time rules, grades' })
@InputType('ScoringRulesInput')
export class ScoringRules {
  @Field(() => Float, { description: 'Base score (基础分), e.g. 100' }) baseScore!: number;
  @Field(() => [ScoringIndicatorGroup]) indicators!: ScoringIndicatorGroup[];
  @Field(() => [DeductionRule]) deductions!: DeductionRule[];
  @Field(() => [CreditRule]) credits!: CreditRule[];
  @Field(() => Float, { description: 'Most points all credits together can add' }) maxCredits!: number;
  @Field(() => ScoringTimeRules) timeRules!: ScoringTimeRules;
  @Field(() => [GradeThreshold], { description: 'A, B, C, D from the highest' }) grades!: GradeThreshold[];
}

const UNIT_ONLY = new Set([CreditKind.COMPLAINT_ON_TIME, CreditKind.SATISFACTION, CreditKind.COURT_APPEARANCE_RATE]);
const PERSON_ONLY = new Set([CreditKind.TRAINING_HOURS]);
const CODE = /^[A-Za-z0-9_.-]{1,20}$/;
const near = (a: number, b: number) => Math.abs(a - b) < 1e-6;

export interface LeafIndicator {
  code: string;
  name: string;
  groupName: string;
  /** Base score × the two weights. */
  fullMarks: number;
  cap: number;
}

/** Second-level indicators with their full marks and deduction caps. */
export function leafIndicators(rules: ScoringRules): LeafIndicator[] {
  return rules.indicators.flatMap((g) =>
    g.children.map((c) => {
      const fullMarks = Math.round(rules.baseScore * g.weight * c.weight) / 10000;
      return { code: c.code, name: c.name, groupName: g.name, fullMarks, cap: Math.min(c.cap ?? fullMarks, fullMarks) };
    }),
  );
}

/** Why one part of a rule document is refused (`extensions.fields[].reason`). */
export type RuleProblem =
  | 'RULES_BASE_SCORE'
  | 'RULES_INDICATORS_REQUIRED'
  | 'RULES_CODE_FORMAT'
  | 'RULES_CODE_TWICE'
  | 'RULES_NAME_REQUIRED'
  | 'RULES_WEIGHT_POSITIVE'
  | 'RULES_CHILDREN_REQUIRED'
  | 'RULES_CAP_NEGATIVE'
  | 'RULES_CHILD_WEIGHTS_TOTAL'
  | 'RULES_WEIGHTS_TOTAL'
  | 'RULES_UNKNOWN_INDICATOR'
  | 'RULES_POINTS_POSITIVE'
  | 'RULES_DEDUCTION_TWICE'
  | 'RULES_CREDIT_TWICE'
  | 'RULES_CREDIT_UNITS_ONLY'
  | 'RULES_CREDIT_PEOPLE_ONLY'
  | 'RULES_CREDIT_CAP'
  | 'RULES_MINIMUM_RATE'
  | 'RULES_MAX_CREDITS'
  | 'RULES_FACTOR_RANGE'
  | 'RULES_GRADE_ORDER'
  | 'RULES_GRADE_BELOW'
  | 'RULES_GRADE_LABEL';

/** Every problem of a rule document, each naming the field (e.g. `rules.indicators.1.weight`). */
export function validateRules(rules: ScoringRules, subjectType: SubjectType): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string, reason: RuleProblem) => problems.push({ field: `rules.${field}`, message, reason });
  if (!(rules.baseScore > 0 && rules.baseScore <= 1000)) add('baseScore', 'The base score must be above 0 and at most 1000', 'RULES_BASE_SCORE');
  if (rules.indicators.length === 0) add('indicators', 'Give at least one indicator', 'RULES_INDICATORS_REQUIRED');
  const codes = new Set<string>();
  const leaves = new Set<string>();
  const checkCode = (field: string, code: string) => {
    if (!CODE.test(code)) add(field, 'Codes are 1–20 letters, digits, dots, dashes or underscores', 'RULES_CODE_FORMAT');
    else if (codes.has(code)) add(field, `The code ${code} is used twice`, 'RULES_CODE_TWICE');
    codes.add(code);
  };
  let groupTotal = 0;
  rules.indicators.forEach((g, i) => {
    checkCode(`indicators.${i}.code`, g.code);
    if (!g.name.trim()) add(`indicators.${i}.name`, 'Name the indicator', 'RULES_NAME_REQUIRED');
    if (!(g.weight > 0)) add(`indicators.${i}.weight`, 'Weights are above 0', 'RULES_WEIGHT_POSITIVE');
    groupTotal += g.weight;
    if (g.children.length === 0) add(`indicators.${i}.children`, 'Give at least one second-level indicator', 'RULES_CHILDREN_REQUIRED');
    let childTotal = 0;
    g.children.forEach((c, j) => {
      const f = `indicators.${i}.children.${j}`;
      checkCode(`${f}.code`, c.code);
      leaves.add(c.code);
      if (!c.name.trim()) add(`${f}.name`, 'Name the indicator', 'RULES_NAME_REQUIRED');
      if (!(c.weight > 0)) add(`${f}.weight`, 'Weights are above 0', 'RULES_WEIGHT_POSITIVE');
      if (c.cap != null && !(c.cap >= 0)) add(`${f}.cap`, 'A cap is 0 or more', 'RULES_CAP_NEGATIVE');
      childTotal += c.weight;
    });
    if (g.children.length && !near(childTotal, 100)) add(`indicators.${i}.children`, `Second-level weights add up to ${childTotal}, not 100`, 'RULES_CHILD_WEIGHTS_TOTAL');
  });
  if (rules.indicators.length && !near(groupTotal, 100)) add('indicators', `First-level weights add up to ${groupTotal}, not 100`, 'RULES_WEIGHTS_TOTAL');
  const pairs = new Set<string>();
  rules.deductions.forEach((d, i) => {
    if (!leaves.has(d.indicator)) add(`deductions.${i}.indicator`, `${d.indicator} is not a second-level indicator of the scheme`, 'RULES_UNKNOWN_INDICATOR');
    if (!(d.points > 0)) add(`deductions.${i}.points`, 'Points are above 0', 'RULES_POINTS_POSITIVE');
    const key = `${d.category}/${d.severity}`;
    if (pairs.has(key)) add(`deductions.${i}`, `${key} has two deduction rules`, 'RULES_DEDUCTION_TWICE');
    pairs.add(key);
  });
  const kinds = new Set<CreditKind>();
  rules.credits.forEach((c, i) => {
    if (kinds.has(c.kind)) add(`credits.${i}.kind`, `${c.kind} appears twice`, 'RULES_CREDIT_TWICE');
    kinds.add(c.kind);
    if (subjectType === SubjectType.PERSON && UNIT_ONLY.has(c.kind)) add(`credits.${i}.kind`, `${c.kind} applies to units only`, 'RULES_CREDIT_UNITS_ONLY');
    if (subjectType === SubjectType.UNIT && PERSON_ONLY.has(c.kind)) add(`credits.${i}.kind`, `${c.kind} applies to people only`, 'RULES_CREDIT_PEOPLE_ONLY');
    if (!(c.points > 0)) add(`credits.${i}.points`, 'Points are above 0', 'RULES_POINTS_POSITIVE');
    if (!(c.cap > 0)) add(`credits.${i}.cap`, 'A cap is above 0', 'RULES_CREDIT_CAP');
    if (c.kind === CreditKind.COURT_APPEARANCE_RATE && !(c.minimumRate != null && c.minimumRate > 0 && c.minimumRate <= 1)) {
      add(`credits.${i}.minimumRate`, 'Give the rate needed, above 0 and at most 1', 'RULES_MINIMUM_RATE');
    }
  });
  if (!(rules.maxCredits >= 0)) add('maxCredits', 'The credit cap is 0 or more', 'RULES_MAX_CREDITS');
  const f = rules.timeRules.mitigatedFactor;
  if (!(f >= 0 && f <= 1)) add('timeRules.mitigatedFactor', 'A factor between 0 and 1', 'RULES_FACTOR_RANGE');
  const order = rules.grades.map((g) => g.grade).join(',');
  if (order !== GRADE_ORDER.join(',')) add('grades', 'Give the grades A, B, C and D once each, from the highest', 'RULES_GRADE_ORDER');
  else {
    for (let i = 1; i < 3; i++) {
      if (!(rules.grades[i].minScore < rules.grades[i - 1].minScore)) add(`grades.${i}.minScore`, 'Each grade starts below the one above it', 'RULES_GRADE_BELOW');
    }
    rules.grades.forEach((g, i) => {
      if (!g.label.trim()) add(`grades.${i}.label`, 'Give the grade a label', 'RULES_GRADE_LABEL');
    });
  }
  return problems;
}
