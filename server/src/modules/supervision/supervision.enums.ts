import { registerEnumType } from 'type-graphql';

export enum ProposalKind {
  NPC_SUGGESTION = 'NPC_SUGGESTION',
  CPPCC_PROPOSAL = 'CPPCC_PROPOSAL',
}
registerEnumType(ProposalKind, {
  name: 'ProposalKind',
  valuesConfig: { NPC_SUGGESTION: { description: '人大代表建议' }, CPPCC_PROPOSAL: { description: '政协委员提案' } },
});

export enum ProposalStatus {
  RECEIVED = 'RECEIVED',
  ASSIGNED = 'ASSIGNED',
  RETURNED_MISROUTED = 'RETURNED_MISROUTED',
  REPLY_DRAFTED = 'REPLY_DRAFTED',
  REPLY_APPROVED = 'REPLY_APPROVED',
  REPLIED = 'REPLIED',
  EVALUATED = 'EVALUATED',
  CLOSED = 'CLOSED',
}
registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  valuesConfig: {
    RECEIVED: { description: '已收到待交办' },
    ASSIGNED: { description: '已交办办理中' },
    RETURNED_MISROUTED: { description: '交办有误已退回' },
    REPLY_DRAFTED: { description: '答复待审核' },
    REPLY_APPROVED: { description: '答复已审定' },
    REPLIED: { description: '已答复' },
    EVALUATED: { description: '已测评' },
    CLOSED: { description: '已办结' },
  },
});

// One satisfaction scale for complaints and for deputies' and members' replies.
export { Satisfaction } from '../complaints/complaint.enums';

export enum PartyRole {
  PLAINTIFF = 'PLAINTIFF',
  DEFENDANT = 'DEFENDANT',
  THIRD_PARTY = 'THIRD_PARTY',
}
registerEnumType(PartyRole, {
  name: 'PartyRole',
  valuesConfig: { PLAINTIFF: { description: '原告' }, DEFENDANT: { description: '被告' }, THIRD_PARTY: { description: '第三人' } },
});

export enum LawsuitStatus {
  OPEN = 'OPEN',
  DECIDED = 'DECIDED',
  CLOSED = 'CLOSED',
}
registerEnumType(LawsuitStatus, {
  name: 'LawsuitStatus',
  valuesConfig: { OPEN: { description: '审理中' }, DECIDED: { description: '已判决' }, CLOSED: { description: '已结案' } },
});

export enum AppearanceOutcome {
  HEAD_APPEARED = 'HEAD_APPEARED',
  DELEGATED = 'DELEGATED',
  ABSENT = 'ABSENT',
}
registerEnumType(AppearanceOutcome, {
  name: 'AppearanceOutcome',
  valuesConfig: {
    HEAD_APPEARED: { description: '负责人出庭' },
    DELEGATED: { description: '委托工作人员出庭' },
    ABSENT: { description: '未出庭' },
  },
});

export enum JudgmentStatus {
  PENDING = 'PENDING',
  FULFILLED = 'FULFILLED',
  OVERDUE = 'OVERDUE',
}
registerEnumType(JudgmentStatus, {
  name: 'JudgmentStatus',
  valuesConfig: { PENDING: { description: '待履行' }, FULFILLED: { description: '已履行' }, OVERDUE: { description: '逾期未履行（预警）' } },
});

export enum JudicialSuggestionKind {
  JUDICIAL_SUGGESTION = 'JUDICIAL_SUGGESTION',
  PROCURATORATE_SUGGESTION = 'PROCURATORATE_SUGGESTION',
}
registerEnumType(JudicialSuggestionKind, {
  name: 'JudicialSuggestionKind',
  valuesConfig: { JUDICIAL_SUGGESTION: { description: '司法建议' }, PROCURATORATE_SUGGESTION: { description: '检察建议' } },
});

export enum JudicialSuggestionStatus {
  PENDING = 'PENDING',
  REPLIED = 'REPLIED',
}
registerEnumType(JudicialSuggestionStatus, {
  name: 'JudicialSuggestionStatus',
  valuesConfig: { PENDING: { description: '待回复' }, REPLIED: { description: '已回复' } },
});

export enum SupervisionTaskStatus {
  ASSIGNED = 'ASSIGNED',
  IN_PROGRESS = 'IN_PROGRESS',
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  RETURNED = 'RETURNED',
}
registerEnumType(SupervisionTaskStatus, {
  name: 'SupervisionTaskStatus',
  valuesConfig: {
    ASSIGNED: { description: '已下达' },
    IN_PROGRESS: { description: '办理中' },
    SUBMITTED: { description: '已报送待验收' },
    ACCEPTED: { description: '已验收' },
    RETURNED: { description: '已退回' },
  },
});
