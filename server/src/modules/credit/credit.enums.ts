import { registerEnumType } from 'type-graphql';

export enum SubjectType {
  UNIT = 'UNIT',
  PERSON = 'PERSON',
}
registerEnumType(SubjectType, {
  name: 'SubjectType',
  valuesConfig: { UNIT: { description: '单位' }, PERSON: { description: '个人' } },
});

export enum CommitmentKind {
  SERVICE_QUALITY = 'SERVICE_QUALITY',
  DEADLINE = 'DEADLINE',
  GUARANTEE = 'GUARANTEE',
  TOLERANCE = 'TOLERANCE',
  PROACTIVE_DISCLOSURE = 'PROACTIVE_DISCLOSURE',
  CREDIT_REPAIR = 'CREDIT_REPAIR',
}
registerEnumType(CommitmentKind, {
  name: 'CommitmentKind',
  valuesConfig: {
    SERVICE_QUALITY: { description: '服务质量承诺' },
    DEADLINE: { description: '期限承诺' },
    GUARANTEE: { description: '保障承诺' },
    TOLERANCE: { description: '容缺受理承诺' },
    PROACTIVE_DISCLOSURE: { description: '主动公示承诺' },
    CREDIT_REPAIR: { description: '信用修复承诺' },
  },
});

export enum CommitmentStatus {
  PENDING = 'PENDING',
  FULFILLED = 'FULFILLED',
  BROKEN = 'BROKEN',
  WAIVED = 'WAIVED',
}
registerEnumType(CommitmentStatus, {
  name: 'CommitmentStatus',
  valuesConfig: {
    PENDING: { description: '履行中' },
    FULFILLED: { description: '已履行' },
    BROKEN: { description: '未履行（失信）' },
    WAIVED: { description: '已豁免' },
  },
});

export enum RecordCategory {
  JUDICIAL_JUDGMENT = 'JUDICIAL_JUDGMENT',
  ADMIN_PENALTY = 'ADMIN_PENALTY',
  DISCIPLINARY_SANCTION = 'DISCIPLINARY_SANCTION',
  ACCOUNTABILITY = 'ACCOUNTABILITY',
  BROKEN_COMMITMENT = 'BROKEN_COMMITMENT',
  ONLINE_APPROVAL_SUBSTANDARD = 'ONLINE_APPROVAL_SUBSTANDARD',
  PROCUREMENT_VIOLATION = 'PROCUREMENT_VIOLATION',
  CONTRACT_DEFAULT = 'CONTRACT_DEFAULT',
  RECTIFICATION_OVERDUE = 'RECTIFICATION_OVERDUE',
  COMPLAINT_SUBSTANTIATED = 'COMPLAINT_SUBSTANTIATED',
  OTHER = 'OTHER',
}
registerEnumType(RecordCategory, {
  name: 'RecordCategory',
  valuesConfig: {
    JUDICIAL_JUDGMENT: { description: '司法判决' },
    ADMIN_PENALTY: { description: '行政处罚' },
    DISCIPLINARY_SANCTION: { description: '纪律处分' },
    ACCOUNTABILITY: { description: '问责处理' },
    BROKEN_COMMITMENT: { description: '未守信践诺' },
    ONLINE_APPROVAL_SUBSTANDARD: { description: '行政审批事项网上全流程办理未达标' },
    PROCUREMENT_VIOLATION: { description: '政府采购违规' },
    CONTRACT_DEFAULT: { description: '合同违约' },
    RECTIFICATION_OVERDUE: { description: '逾期未整改' },
    COMPLAINT_SUBSTANTIATED: { description: '投诉举报查实' },
    OTHER: { description: '其他' },
  },
});

export enum Severity {
  GENERAL = 'GENERAL',
  SERIOUS = 'SERIOUS',
  GRAVE = 'GRAVE',
}
/** Short Chinese names for messages and ledger lines. */
export const CATEGORY_ZH: Record<RecordCategory, string> = {
  JUDICIAL_JUDGMENT: '司法判决', ADMIN_PENALTY: '行政处罚', DISCIPLINARY_SANCTION: '纪律处分', ACCOUNTABILITY: '问责处理',
  BROKEN_COMMITMENT: '未守信践诺', ONLINE_APPROVAL_SUBSTANDARD: '网上全流程办理未达标', PROCUREMENT_VIOLATION: '政府采购违规',
  CONTRACT_DEFAULT: '合同违约', RECTIFICATION_OVERDUE: '逾期未整改', COMPLAINT_SUBSTANTIATED: '投诉举报查实', OTHER: '其他',
};

registerEnumType(Severity, {
  name: 'Severity',
  valuesConfig: { GENERAL: { description: '一般' }, SERIOUS: { description: '较重' }, GRAVE: { description: '严重' } },
});
export const SEVERITY_RANK: Record<Severity, number> = { GENERAL: 1, SERIOUS: 2, GRAVE: 3 };
/** Short Chinese names for messages and ledger lines. */
export const SEVERITY_ZH: Record<Severity, string> = { GENERAL: '一般', SERIOUS: '较重', GRAVE: '严重' };

export enum RecordStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  CONFIRMED = 'CONFIRMED',
  REVOKED = 'REVOKED',
}
registerEnumType(RecordStatus, {
  name: 'RecordStatus',
  valuesConfig: {
    DRAFT: { description: '草稿' },
    SUBMITTED: { description: '待审核' },
    RETURNED: { description: '已退回' },
    CONFIRMED: { description: '已认定' },
    REVOKED: { description: '已撤销' },
  },
});

export enum RecordSource {
  MANUAL = 'MANUAL',
  COMMITMENT = 'COMMITMENT',
  RECTIFICATION = 'RECTIFICATION',
  COMPLAINT = 'COMPLAINT',
  JUDGMENT = 'JUDGMENT',
  PROJECT = 'PROJECT',
  CAMPAIGN = 'CAMPAIGN',
}
registerEnumType(RecordSource, {
  name: 'RecordSource',
  valuesConfig: {
    MANUAL: { description: '人工录入' },
    COMMITMENT: { description: '承诺' },
    RECTIFICATION: { description: '整改' },
    COMPLAINT: { description: '投诉举报' },
    JUDGMENT: { description: '司法判决' },
    PROJECT: { description: '项目' },
    CAMPAIGN: { description: '专项治理' },
  },
});

export enum Mitigation {
  NONE = 'NONE',
  MITIGATED = 'MITIGATED',
  WAIVED = 'WAIVED',
}
registerEnumType(Mitigation, {
  name: 'Mitigation',
  description: 'Effect of self-correction (主动纠错) on punishment',
  valuesConfig: { NONE: { description: '不减免' }, MITIGATED: { description: '从轻' }, WAIVED: { description: '免于惩戒' } },
});

export enum ObjectionStatus {
  PENDING = 'PENDING',
  UPHELD = 'UPHELD',
  CORRECTED = 'CORRECTED',
  REVOKED = 'REVOKED',
}
registerEnumType(ObjectionStatus, {
  name: 'ObjectionStatus',
  valuesConfig: {
    PENDING: { description: '待处理' },
    UPHELD: { description: '维持原记录' },
    CORRECTED: { description: '更正' },
    REVOKED: { description: '撤销记录' },
  },
});

export enum RectificationStatus {
  OPEN = 'OPEN',
  COMPLETED = 'COMPLETED',
  VERIFIED = 'VERIFIED',
  OVERDUE = 'OVERDUE',
}
registerEnumType(RectificationStatus, {
  name: 'RectificationStatus',
  valuesConfig: {
    OPEN: { description: '整改中' },
    COMPLETED: { description: '已完成待验收' },
    VERIFIED: { description: '已验收' },
    OVERDUE: { description: '逾期未整改' },
  },
});

export enum MeasureKind {
  PUNISHMENT = 'PUNISHMENT',
  INCENTIVE = 'INCENTIVE',
}
registerEnumType(MeasureKind, {
  name: 'MeasureKind',
  valuesConfig: { PUNISHMENT: { description: '失信惩戒' }, INCENTIVE: { description: '守信激励' } },
});

/** What applying a measure means for later decisions. */
export enum MeasureEffect {
  NONE = 'NONE',
  RESTRICT_AWARDS = 'RESTRICT_AWARDS',
  RESTRICT_PROMOTION = 'RESTRICT_PROMOTION',
  PRIORITY_IN_AWARDS = 'PRIORITY_IN_AWARDS',
}
registerEnumType(MeasureEffect, {
  name: 'MeasureEffect',
  valuesConfig: {
    NONE: { description: '无后续影响' },
    RESTRICT_AWARDS: { description: '限制评优评先' },
    RESTRICT_PROMOTION: { description: '限制提拔任用' },
    PRIORITY_IN_AWARDS: { description: '评优评先优先' },
  },
});

export enum MeasureApplicationStatus {
  TRIGGERED = 'TRIGGERED',
  EXECUTED = 'EXECUTED',
  FEEDBACK_RECORDED = 'FEEDBACK_RECORDED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(MeasureApplicationStatus, {
  name: 'MeasureApplicationStatus',
  valuesConfig: {
    TRIGGERED: { description: '已触发' },
    EXECUTED: { description: '已执行' },
    FEEDBACK_RECORDED: { description: '已反馈' },
    CANCELLED: { description: '已取消' },
  },
});
