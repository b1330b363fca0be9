import { registerEnumType } from 'type-graphql';

export enum PeriodKind {
  YEAR = 'YEAR',
  QUARTER = 'QUARTER',
}
registerEnumType(PeriodKind, {
  name: 'PeriodKind',
  valuesConfig: { YEAR: { description: '年度' }, QUARTER: { description: '季度' } },
});

export enum SchemeStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  RETIRED = 'RETIRED',
}
registerEnumType(SchemeStatus, {
  name: 'SchemeStatus',
  valuesConfig: { DRAFT: { description: '草稿' }, PUBLISHED: { description: '已发布' }, RETIRED: { description: '已停用' } },
});

export enum RunStatus {
  /** Computed, may still be recomputed (and is updated incrementally). */
  COMPUTED = 'COMPUTED',
  /** Frozen: never changed again. */
  PUBLISHED = 'PUBLISHED',
  /** A published run replaced by a later published run of the same period; still frozen. */
  SUPERSEDED = 'SUPERSEDED',
  /** A what-if run of a draft scheme; removed once compared. */
  SIMULATION = 'SIMULATION',
}
registerEnumType(RunStatus, {
  name: 'EvaluationRunStatus',
  valuesConfig: {
    COMPUTED: { description: '已计算' },
    PUBLISHED: { description: '已发布' },
    SUPERSEDED: { description: '已被替代' },
    SIMULATION: { description: '模拟' },
  },
});

export enum Grade {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
}
registerEnumType(Grade, {
  name: 'Grade',
  valuesConfig: { A: { description: '诚信' }, B: { description: '基本诚信' }, C: { description: '警示' }, D: { description: '失信' } },
});
export const GRADE_ORDER: Grade[] = [Grade.A, Grade.B, Grade.C, Grade.D];
/** The usual labels, for schemes that do not name their grades. */
export const GRADE_ZH: Record<Grade, string> = { A: '诚信', B: '基本诚信', C: '警示', D: '失信' };

/** Good conduct that earns points above the base (加分项). */
export enum CreditKind {
  /** Per commitment fulfilled by its due date. */
  COMMITMENT_ON_TIME = 'COMMITMENT_ON_TIME',
  /** Per class hour above the yearly minimum (people only). */
  TRAINING_HOURS = 'TRAINING_HOURS',
  /** Per supervision task, NPC/CPPCC item or judicial suggestion handled by its deadline. */
  SUPERVISION_ON_TIME = 'SUPERVISION_ON_TIME',
  /** Per complaint replied to by its handling deadline (units only). */
  COMPLAINT_ON_TIME = 'COMPLAINT_ON_TIME',
  /** Per complaint or NPC/CPPCC item rated 满意 (units only). */
  SATISFACTION = 'SATISFACTION',
  /** Once, when heads appeared in court at least at the minimum rate (units only). */
  COURT_APPEARANCE_RATE = 'COURT_APPEARANCE_RATE',
}
registerEnumType(CreditKind, {
  name: 'CreditKind',
  valuesConfig: {
    COMMITMENT_ON_TIME: { description: '承诺按期履行' },
    TRAINING_HOURS: { description: '诚信教育学时超出要求' },
    SUPERVISION_ON_TIME: { description: '督办、建议提案、司法建议按期办结' },
    COMPLAINT_ON_TIME: { description: '投诉举报按期办结' },
    SATISFACTION: { description: '办理结果满意' },
    COURT_APPEARANCE_RATE: { description: '负责人出庭应诉率达标' },
  },
});

/** Which date places a dishonesty record in a period. */
export enum RecordDateRule {
  DECISION_DATE = 'DECISION_DATE',
  CONFIRMATION_DATE = 'CONFIRMATION_DATE',
}
registerEnumType(RecordDateRule, {
  name: 'RecordDateRule',
  valuesConfig: { DECISION_DATE: { description: '按认定日期（无则按确认日期）' }, CONFIRMATION_DATE: { description: '按确认日期' } },
});

export enum LedgerKind {
  BASE = 'BASE',
  DEDUCTION = 'DEDUCTION',
  /** Gives back what exceeds an indicator's cap. */
  DEDUCTION_CAP = 'DEDUCTION_CAP',
  CREDIT = 'CREDIT',
  /** Takes back what exceeds a credit's cap or the cap on all credits. */
  CREDIT_CAP = 'CREDIT_CAP',
}
registerEnumType(LedgerKind, {
  name: 'LedgerKind',
  valuesConfig: {
    BASE: { description: '基础分' },
    DEDUCTION: { description: '扣分' },
    DEDUCTION_CAP: { description: '扣分封顶返还' },
    CREDIT: { description: '加分' },
    CREDIT_CAP: { description: '加分封顶扣回' },
  },
});

/** Domain reasons of the evaluation module (`extensions.reason`). */
export enum EvaluationErrorReason {
  INVALID_RULES = 'INVALID_RULES',
  INVALID_PERIOD = 'INVALID_PERIOD',
  SCHEME_NOT_DRAFT = 'SCHEME_NOT_DRAFT',
  NO_PUBLISHED_SCHEME = 'NO_PUBLISHED_SCHEME',
  RUN_NOT_COMPUTED = 'RUN_NOT_COMPUTED',
  NO_PUBLISHED_RUN = 'NO_PUBLISHED_RUN',
  PERIOD_KIND_MISMATCH = 'PERIOD_KIND_MISMATCH',
  SUBJECT_TYPE_MISMATCH = 'SUBJECT_TYPE_MISMATCH',
}
