import { registerEnumType } from 'type-graphql';

/** Which level of government issued the policy. */
export enum PolicyLevel {
  NATIONAL = 'NATIONAL',
  PROVINCIAL = 'PROVINCIAL',
  MUNICIPAL = 'MUNICIPAL',
  COUNTY = 'COUNTY',
}
registerEnumType(PolicyLevel, {
  name: 'PolicyLevel',
  valuesConfig: {
    NATIONAL: { description: '国家' },
    PROVINCIAL: { description: '省' },
    MUNICIPAL: { description: '市' },
    COUNTY: { description: '县' },
  },
});

export enum PolicyStatus {
  DRAFT = 'DRAFT',
  IN_FORCE = 'IN_FORCE',
  SUPERSEDED = 'SUPERSEDED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(PolicyStatus, {
  name: 'PolicyStatus',
  valuesConfig: {
    DRAFT: { description: '待实施' },
    IN_FORCE: { description: '实施中' },
    SUPERSEDED: { description: '已被新政策替代' },
    EXPIRED: { description: '已失效' },
  },
});

export enum PolicyTaskStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  OVERDUE = 'OVERDUE',
}
registerEnumType(PolicyTaskStatus, {
  name: 'PolicyTaskStatus',
  valuesConfig: {
    OPEN: { description: '未开始' },
    IN_PROGRESS: { description: '推进中' },
    DONE: { description: '已落实' },
    OVERDUE: { description: '逾期未落实' },
  },
});

/** Grade of a post-implementation evaluation, from its score. */
export enum EvaluationRating {
  EXCELLENT = 'EXCELLENT',
  GOOD = 'GOOD',
  FAIR = 'FAIR',
  POOR = 'POOR',
}
registerEnumType(EvaluationRating, {
  name: 'EvaluationRating',
  valuesConfig: {
    EXCELLENT: { description: '优（90分及以上）' },
    GOOD: { description: '良（80–89分）' },
    FAIR: { description: '中（60–79分）' },
    POOR: { description: '差（60分以下）' },
  },
});

// The four grades of a 100-point fiscal performance evaluation (财预〔2020〕10号): 90, 80, 60.
export function ratingFor(score: number): EvaluationRating {
  if (score >= 90) return EvaluationRating.EXCELLENT;
  if (score >= 80) return EvaluationRating.GOOD;
  if (score >= 60) return EvaluationRating.FAIR;
  return EvaluationRating.POOR;
}
