import { RecordCategory, Severity } from '../credit/credit.enums';
import { CreditKind, Grade, RecordDateRule } from './evaluation.enums';
import type { DeductionRule, ScoringRules } from './scoring-rules';

// The demo county's schemes, modelled on provincial integrity evaluation standards:
// a 100-point base, 2/5/10 points off per record by severity, small credits for good conduct.

const SEVERITY_POINTS: Record<Severity, number> = { GENERAL: 2, SERIOUS: 5, GRAVE: 10 };

function deductionsFor(indicatorOf: Partial<Record<RecordCategory, string>>): DeductionRule[] {
  return Object.entries(indicatorOf).flatMap(([category, indicator]) =>
    Object.values(Severity).map((severity) => ({
      category: category as RecordCategory,
      severity,
      indicator: indicator!,
      points: SEVERITY_POINTS[severity],
    })),
  );
}

const GRADES = [
  { grade: Grade.A, label: '诚信', minScore: 90 },
  { grade: Grade.B, label: '基本诚信', minScore: 80 },
  { grade: Grade.C, label: '警示', minScore: 60 },
  { grade: Grade.D, label: '失信', minScore: 0 },
];

const TIME_RULES = { recordDate: RecordDateRule.DECISION_DATE, countRepaired: false, countDisputed: false, mitigatedFactor: 0.5 };

export const UNIT_SCHEME_RULES: ScoringRules = {
  baseScore: 100,
  indicators: [
    {
      code: 'G1', name: '守信践诺', weight: 30,
      children: [
        { code: 'G1.1', name: '承诺履行', weight: 60 },
        { code: 'G1.2', name: '行政审批网上办理', weight: 40 },
      ],
    },
    {
      code: 'G2', name: '依法行政', weight: 40,
      children: [
        { code: 'G2.1', name: '司法判决与行政处罚', weight: 50 },
        { code: 'G2.2', name: '纪律处分与问责', weight: 50, cap: 15 },
      ],
    },
    { code: 'G3', name: '监督与整改', weight: 30, children: [{ code: 'G3.1', name: '整改落实与投诉查处', weight: 100 }] },
  ],
  deductions: deductionsFor({
    BROKEN_COMMITMENT: 'G1.1',
    ONLINE_APPROVAL_SUBSTANDARD: 'G1.2',
    JUDICIAL_JUDGMENT: 'G2.1',
    ADMIN_PENALTY: 'G2.1',
    PROCUREMENT_VIOLATION: 'G2.1',
    CONTRACT_DEFAULT: 'G2.1',
    DISCIPLINARY_SANCTION: 'G2.2',
    ACCOUNTABILITY: 'G2.2',
    RECTIFICATION_OVERDUE: 'G3.1',
    COMPLAINT_SUBSTANTIATED: 'G3.1',
    OTHER: 'G3.1',
  }),
  credits: [
    { kind: CreditKind.COMMITMENT_ON_TIME, points: 0.5, cap: 3 },
    { kind: CreditKind.SUPERVISION_ON_TIME, points: 0.5, cap: 3 },
    { kind: CreditKind.COMPLAINT_ON_TIME, points: 0.2, cap: 2 },
    { kind: CreditKind.SATISFACTION, points: 0.2, cap: 2 },
    { kind: CreditKind.COURT_APPEARANCE_RATE, points: 1, cap: 1, minimumRate: 0.9 },
  ],
  maxCredits: 5,
  timeRules: TIME_RULES,
  grades: GRADES,
};

export const PERSON_SCHEME_RULES: ScoringRules = {
  baseScore: 100,
  indicators: [
    { code: 'P1', name: '守信践诺', weight: 40, children: [{ code: 'P1.1', name: '承诺履行', weight: 100 }] },
    {
      code: 'P2', name: '廉洁自律与依法履职', weight: 60,
      children: [
        { code: 'P2.1', name: '司法判决与行政处罚', weight: 50 },
        { code: 'P2.2', name: '纪律处分与问责', weight: 50 },
      ],
    },
  ],
  deductions: deductionsFor({
    BROKEN_COMMITMENT: 'P1.1',
    ONLINE_APPROVAL_SUBSTANDARD: 'P1.1',
    RECTIFICATION_OVERDUE: 'P1.1',
    JUDICIAL_JUDGMENT: 'P2.1',
    ADMIN_PENALTY: 'P2.1',
    PROCUREMENT_VIOLATION: 'P2.1',
    CONTRACT_DEFAULT: 'P2.1',
    DISCIPLINARY_SANCTION: 'P2.2',
    ACCOUNTABILITY: 'P2.2',
    COMPLAINT_SUBSTANTIATED: 'P2.2',
    OTHER: 'P2.2',
  }),
  credits: [
    { kind: CreditKind.COMMITMENT_ON_TIME, points: 0.5, cap: 2 },
    { kind: CreditKind.TRAINING_HOURS, points: 0.25, cap: 2 },
    { kind: CreditKind.SUPERVISION_ON_TIME, points: 0.5, cap: 1 },
  ],
  maxCredits: 4,
  timeRules: TIME_RULES,
  grades: GRADES,
};
