import {
  EvaluationSchemeCreateDocument,
  EvaluationSchemeListDocument,
  EvaluationSchemeOneDocument,
  EvaluationSchemeUpdateDocument,
  type EvaluationSchemeCreateMutation,
  type EvaluationSchemeFilter,
  type EvaluationSchemeListQuery,
  type EvaluationSchemeOneQuery,
  type EvaluationSchemeRecordFragment,
  type EvaluationSchemeUpdateMutation,
  type PeriodKind,
  type ScoringRulesInput,
  type SubjectType,
} from '../generated/graphql';
import { SCHEME_STATUSES, SUBJECT_TYPES } from '../common/enums';
import { oneOf, querySource } from '../providers/query-source';
import { changedFields, compact, filterEnum, optional } from '../providers/record-utils';
import type { ResourceSource } from '../providers/resource-source';
import { toHttpError } from '../providers/server-error';

export type EvaluationSchemeRecord = EvaluationSchemeRecordFragment;

/** The scheme form's values (EvaluationSchemeInputs): the rule document is edited in place. */
interface SchemeForm {
  name: string;
  note?: string | null;
  subjectType: SubjectType;
  periodKind: PeriodKind;
  rules: ScoringRulesInput;
}

const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v));
const numOrNull = (v: unknown): number | null => (v === null || v === undefined || v === '' ? null : num(v));

/** The form's rule document as the API's input: numbers as numbers, blank optional numbers as null. */
export function rulesInput(rules: ScoringRulesInput): ScoringRulesInput {
  return {
    baseScore: num(rules.baseScore),
    maxCredits: num(rules.maxCredits),
    indicators: (rules.indicators ?? []).map((g) => ({
      code: g.code ?? '',
      name: g.name ?? '',
      weight: num(g.weight),
      children: (g.children ?? []).map((c) => ({ code: c.code ?? '', name: c.name ?? '', weight: num(c.weight), cap: numOrNull(c.cap) })),
    })),
    deductions: (rules.deductions ?? []).map((d) => ({ category: d.category, severity: d.severity, indicator: d.indicator ?? '', points: num(d.points) })),
    credits: (rules.credits ?? []).map((c) => ({ kind: c.kind, points: num(c.points), cap: num(c.cap), minimumRate: numOrNull(c.minimumRate) })),
    timeRules: {
      recordDate: rules.timeRules.recordDate,
      countRepaired: !!rules.timeRules.countRepaired,
      countDisputed: !!rules.timeRules.countDisputed,
      mitigatedFactor: num(rules.timeRules.mitigatedFactor),
    },
    grades: (rules.grades ?? []).map((g) => ({ grade: g.grade, label: g.label ?? '', minScore: num(g.minScore) })),
  };
}

const filterOf = (f: Record<string, unknown>): EvaluationSchemeFilter =>
  compact({
    subjectType: filterEnum(f.subjectType, SUBJECT_TYPES),
    statuses: oneOf(filterEnum(f.status, SCHEME_STATUSES)),
  });

/** A refused rule document: each problem under the input it names (`rules.indicators.1.weight`). */
async function nestedErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toHttpError(error, { nested: true });
  }
}

export const evaluationSchemesSource: ResourceSource<EvaluationSchemeRecord> = {
  ...querySource({
    listDocument: EvaluationSchemeListDocument,
    page: (d: EvaluationSchemeListQuery) => d.evaluationSchemes,
    oneDocument: EvaluationSchemeOneDocument,
    single: (d: EvaluationSchemeOneQuery) => d.evaluationScheme,
    toRecord: (s: EvaluationSchemeRecord) => s,
    filterOf,
  }),

  create: (gql, data) =>
    nestedErrors(async () => {
      const form = data as unknown as SchemeForm;
      const d = await gql.mutate<EvaluationSchemeCreateMutation, Record<string, unknown>>(EvaluationSchemeCreateDocument, {
        input: {
          name: form.name,
          note: optional(form.note),
          subjectType: form.subjectType,
          periodKind: form.periodKind,
          rules: rulesInput(form.rules),
        },
      });
      return d.createEvaluationScheme;
    }),

  update: (gql, id, data, previous) =>
    nestedErrors(async () => {
      const form = data as unknown as SchemeForm;
      const next = { name: form.name, note: form.note, rules: rulesInput(form.rules) };
      const before = { name: previous.name, note: previous.note, rules: rulesInput(previous.rules) };
      const d = await gql.mutate<EvaluationSchemeUpdateMutation, Record<string, unknown>>(EvaluationSchemeUpdateDocument, {
        id: String(id),
        input: changedFields(next, before, ['name', 'note', 'rules'] as const),
        version: previous.version,
      });
      return d.updateEvaluationScheme;
    }),
};
