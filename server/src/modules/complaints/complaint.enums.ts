import { registerEnumType } from 'type-graphql';

export enum ComplaintChannel {
  EFFICIENCY_MONITORING = 'EFFICIENCY_MONITORING',
  REPORT_BOX = 'REPORT_BOX',
  EMAIL = 'EMAIL',
  HOTLINE = 'HOTLINE',
  PRESS = 'PRESS',
  BROADCAST = 'BROADCAST',
  TELEVISION = 'TELEVISION',
  INTERNET = 'INTERNET',
  ONLINE_FORM = 'ONLINE_FORM',
  LETTER = 'LETTER',
  VISIT = 'VISIT',
}
registerEnumType(ComplaintChannel, {
  name: 'ComplaintChannel',
  valuesConfig: {
    EFFICIENCY_MONITORING: { description: '行政效能监察监控系统' },
    REPORT_BOX: { description: '举报箱' },
    EMAIL: { description: '电子信箱' },
    HOTLINE: { description: '热线电话' },
    PRESS: { description: '报刊' },
    BROADCAST: { description: '广播' },
    TELEVISION: { description: '电视' },
    INTERNET: { description: '互联网' },
    ONLINE_FORM: { description: '网上投诉' },
    LETTER: { description: '来信' },
    VISIT: { description: '来访' },
  },
});

export enum ComplaintCategory {
  SERVICE_ATTITUDE = 'SERVICE_ATTITUDE',
  DELAY = 'DELAY',
  ILLEGAL_CHARGE = 'ILLEGAL_CHARGE',
  BROKEN_COMMITMENT = 'BROKEN_COMMITMENT',
  FUNDS = 'FUNDS',
  PROCUREMENT = 'PROCUREMENT',
  DISCIPLINE = 'DISCIPLINE',
  OTHER = 'OTHER',
}
registerEnumType(ComplaintCategory, {
  name: 'ComplaintCategory',
  valuesConfig: {
    SERVICE_ATTITUDE: { description: '服务态度' },
    DELAY: { description: '推诿拖延' },
    ILLEGAL_CHARGE: { description: '违规收费' },
    BROKEN_COMMITMENT: { description: '不履行承诺' },
    FUNDS: { description: '资金拨付与补贴发放' },
    PROCUREMENT: { description: '政府采购与招投标' },
    DISCIPLINE: { description: '违反工作纪律' },
    OTHER: { description: '其他' },
  },
});

export enum ComplaintStatus {
  RECEIVED = 'RECEIVED',
  NOT_ACCEPTED = 'NOT_ACCEPTED',
  ACCEPTED = 'ACCEPTED',
  ASSIGNED = 'ASSIGNED',
  INVESTIGATING = 'INVESTIGATING',
  CONCLUDED = 'CONCLUDED',
  REPLIED = 'REPLIED',
  CLOSED = 'CLOSED',
}
registerEnumType(ComplaintStatus, {
  name: 'ComplaintStatus',
  valuesConfig: {
    RECEIVED: { description: '已登记' },
    NOT_ACCEPTED: { description: '不予受理' },
    ACCEPTED: { description: '已受理' },
    ASSIGNED: { description: '已交办' },
    INVESTIGATING: { description: '调查核实中' },
    CONCLUDED: { description: '已办结' },
    REPLIED: { description: '已答复' },
    CLOSED: { description: '已评价归档' },
  },
});

export enum ComplaintConclusion {
  SUBSTANTIATED = 'SUBSTANTIATED',
  PARTLY_SUBSTANTIATED = 'PARTLY_SUBSTANTIATED',
  UNSUBSTANTIATED = 'UNSUBSTANTIATED',
}
registerEnumType(ComplaintConclusion, {
  name: 'ComplaintConclusion',
  valuesConfig: {
    SUBSTANTIATED: { description: '属实' },
    PARTLY_SUBSTANTIATED: { description: '部分属实' },
    UNSUBSTANTIATED: { description: '不属实' },
  },
});

export enum Satisfaction {
  SATISFIED = 'SATISFIED',
  BASICALLY_SATISFIED = 'BASICALLY_SATISFIED',
  DISSATISFIED = 'DISSATISFIED',
}
registerEnumType(Satisfaction, {
  name: 'Satisfaction',
  valuesConfig: {
    SATISFIED: { description: '满意' },
    BASICALLY_SATISFIED: { description: '基本满意' },
    DISSATISFIED: { description: '不满意' },
  },
});

/** Domain reasons of the complaint register (`extensions.reason`). */
export enum ComplaintErrorReason {
  ILLEGAL_TRANSITION = 'ILLEGAL_TRANSITION',
  RECEIPT_NOT_FOUND = 'RECEIPT_NOT_FOUND',
  RATE_LIMITED = 'RATE_LIMITED',
  REPORTER_DETAILS_REQUIRED = 'REPORTER_DETAILS_REQUIRED',
  REHANDLE_NOT_ALLOWED = 'REHANDLE_NOT_ALLOWED',
  SAME_UNIT = 'SAME_UNIT',
  REFERENCE_NOT_FOUND = 'REFERENCE_NOT_FOUND',
  NOT_HANDLING_UNIT = 'NOT_HANDLING_UNIT',
}
