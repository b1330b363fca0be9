import { registerEnumType } from 'type-graphql';

export enum UnitKind {
  /** 局机关 */
  BUREAU = 'BUREAU',
  /** 股室 */
  SECTION = 'SECTION',
  /** 局属单位 */
  AFFILIATED_UNIT = 'AFFILIATED_UNIT',
  /** 乡镇（街道）财政所 */
  TOWNSHIP_OFFICE = 'TOWNSHIP_OFFICE',
}
registerEnumType(UnitKind, {
  name: 'UnitKind',
  valuesConfig: {
    BUREAU: { description: '局机关' },
    SECTION: { description: '股室' },
    AFFILIATED_UNIT: { description: '局属单位' },
    TOWNSHIP_OFFICE: { description: '乡镇（街道）财政所' },
  },
});

/** Areas of the implementation plan; every one names a responsible section (责任股室). */
export enum PlanArea {
  LEVEL_SUPERVISION = 'LEVEL_SUPERVISION',
  HORIZONTAL_SUPERVISION = 'HORIZONTAL_SUPERVISION',
  JUDICIAL_SUPERVISION = 'JUDICIAL_SUPERVISION',
  SOCIAL_SUPERVISION = 'SOCIAL_SUPERVISION',
  INTEGRITY_EDUCATION = 'INTEGRITY_EDUCATION',
  DISHONESTY_RECORDS = 'DISHONESTY_RECORDS',
  INCENTIVES_AND_PUNISHMENTS = 'INCENTIVES_AND_PUNISHMENTS',
  POLICY_IMPLEMENTATION = 'POLICY_IMPLEMENTATION',
  GOVERNMENT_PROCUREMENT = 'GOVERNMENT_PROCUREMENT',
  BIDDING_AND_PPP = 'BIDDING_AND_PPP',
  STATUTORY_OBLIGATIONS = 'STATUTORY_OBLIGATIONS',
  CREDIT_INFORMATION = 'CREDIT_INFORMATION',
  RULES_AND_INSPECTION = 'RULES_AND_INSPECTION',
}
registerEnumType(PlanArea, {
  name: 'PlanArea',
  description: 'Areas of the plan (DOMAIN ids in brackets)',
  valuesConfig: {
    LEVEL_SUPERVISION: { description: '层级监督 (S1)' },
    HORIZONTAL_SUPERVISION: { description: '人大、政协监督 (S2)' },
    JUDICIAL_SUPERVISION: { description: '司法监督 (S3)' },
    SOCIAL_SUPERVISION: { description: '社会监督、投诉举报 (S4)' },
    INTEGRITY_EDUCATION: { description: '诚信教育 (C1)' },
    DISHONESTY_RECORDS: { description: '政务失信记录 (C2)' },
    INCENTIVES_AND_PUNISHMENTS: { description: '守信激励与失信惩戒 (C3)' },
    POLICY_IMPLEMENTATION: { description: '政策落实兑现 (K1)' },
    GOVERNMENT_PROCUREMENT: { description: '政府采购 (K2)' },
    BIDDING_AND_PPP: { description: '招标投标与PPP (K3)' },
    STATUTORY_OBLIGATIONS: { description: '履行法定义务 (K4)' },
    CREDIT_INFORMATION: { description: '政务信用信息管理 (O2)' },
    RULES_AND_INSPECTION: { description: '制度建设与督查 (O3)' },
  },
});

export enum LeadershipRole {
  NONE = 'NONE',
  /** 局长 */
  DIRECTOR = 'DIRECTOR',
  /** 副局长 / 分管副职 */
  DEPUTY_DIRECTOR = 'DEPUTY_DIRECTOR',
  /** 党组成员 */
  PARTY_GROUP_MEMBER = 'PARTY_GROUP_MEMBER',
  /** 股室、单位负责人 */
  UNIT_HEAD = 'UNIT_HEAD',
  /** 股室、单位副职 */
  DEPUTY_UNIT_HEAD = 'DEPUTY_UNIT_HEAD',
}
registerEnumType(LeadershipRole, {
  name: 'LeadershipRole',
  valuesConfig: {
    NONE: { description: '无' },
    DIRECTOR: { description: '局长' },
    DEPUTY_DIRECTOR: { description: '副局长（分管副职）' },
    PARTY_GROUP_MEMBER: { description: '党组成员' },
    UNIT_HEAD: { description: '股室、单位负责人' },
    DEPUTY_UNIT_HEAD: { description: '股室、单位副职' },
  },
});

export enum PersonStatus {
  ACTIVE = 'ACTIVE',
  ON_LEAVE = 'ON_LEAVE',
  TRANSFERRED = 'TRANSFERRED',
  RETIRED = 'RETIRED',
}
registerEnumType(PersonStatus, {
  name: 'PersonStatus',
  valuesConfig: {
    ACTIVE: { description: '在岗' },
    ON_LEAVE: { description: '休假/借调' },
    TRANSFERRED: { description: '调离' },
    RETIRED: { description: '退休' },
  },
});

export enum LeadingGroupRole {
  /** 组长 */
  LEADER = 'LEADER',
  /** 副组长 */
  DEPUTY = 'DEPUTY',
  /** 成员 */
  MEMBER = 'MEMBER',
}
registerEnumType(LeadingGroupRole, {
  name: 'LeadingGroupRole',
  valuesConfig: {
    LEADER: { description: '组长' },
    DEPUTY: { description: '副组长' },
    MEMBER: { description: '成员' },
  },
});
