import { registerEnumType } from 'type-graphql';

export enum CampaignStatus {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}
registerEnumType(CampaignStatus, {
  name: 'CampaignStatus',
  valuesConfig: {
    PLANNED: { description: '筹备中' },
    ACTIVE: { description: '开展中' },
    CLOSED: { description: '已结束（问题清零）' },
  },
});

export enum FindingStatus {
  OPEN = 'OPEN',
  RECTIFIED = 'RECTIFIED',
  VERIFIED = 'VERIFIED',
  OVERDUE = 'OVERDUE',
}
registerEnumType(FindingStatus, {
  name: 'FindingStatus',
  valuesConfig: {
    OPEN: { description: '整改中' },
    RECTIFIED: { description: '已整改待核验' },
    VERIFIED: { description: '已核验销号' },
    OVERDUE: { description: '逾期未整改' },
  },
});

/** Domain reasons of special rectification campaigns (`extensions.reason`). */
export enum CampaignErrorReason {
  ILLEGAL_TRANSITION = 'ILLEGAL_TRANSITION',
  REFERENCE_NOT_FOUND = 'REFERENCE_NOT_FOUND',
  ENDS_BEFORE_START = 'ENDS_BEFORE_START',
  CAMPAIGN_NOT_ACTIVE = 'CAMPAIGN_NOT_ACTIVE',
  CAMPAIGN_CLOSED = 'CAMPAIGN_CLOSED',
  NOT_ZEROED_OUT = 'NOT_ZEROED_OUT',
  PERSON_NOT_IN_UNIT = 'PERSON_NOT_IN_UNIT',
  EVIDENCE_REQUIRED = 'EVIDENCE_REQUIRED',
  DATE_IN_FUTURE = 'DATE_IN_FUTURE',
}
