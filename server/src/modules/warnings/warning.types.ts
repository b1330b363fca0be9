import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';

export enum WarningLevel {
  /** 80% of the time limit has passed (黄色预警). */
  YELLOW = 'YELLOW',
  /** Past the time limit (红色预警). */
  RED = 'RED',
}
registerEnumType(WarningLevel, {
  name: 'WarningLevel',
  valuesConfig: { YELLOW: { description: '黄色预警：时限已过80%' }, RED: { description: '红色预警：已超期' } },
});

export enum WarningKind {
  COMMITMENT = 'COMMITMENT',
  RECTIFICATION = 'RECTIFICATION',
  OBJECTION_DECISION = 'OBJECTION_DECISION',
  COMPLAINT_ACCEPTANCE = 'COMPLAINT_ACCEPTANCE',
  COMPLAINT_HANDLING = 'COMPLAINT_HANDLING',
  PROPOSAL_REPLY = 'PROPOSAL_REPLY',
  PROPOSAL_MISROUTE_WINDOW = 'PROPOSAL_MISROUTE_WINDOW',
  JUDGMENT_FULFILMENT = 'JUDGMENT_FULFILMENT',
  JUDGMENT_GRACE = 'JUDGMENT_GRACE',
  JUDICIAL_SUGGESTION_REPLY = 'JUDICIAL_SUGGESTION_REPLY',
  SUPERVISION_TASK = 'SUPERVISION_TASK',
  PROCUREMENT_ACCEPTANCE = 'PROCUREMENT_ACCEPTANCE',
  PPP_OBLIGATION = 'PPP_OBLIGATION',
  POLICY_TASK = 'POLICY_TASK',
  CAMPAIGN_FINDING = 'CAMPAIGN_FINDING',
  TRAINING_HOURS = 'TRAINING_HOURS',
}
registerEnumType(WarningKind, {
  name: 'WarningKind',
  valuesConfig: {
    COMMITMENT: { description: '承诺履行' },
    RECTIFICATION: { description: '整改' },
    OBJECTION_DECISION: { description: '异议处理' },
    COMPLAINT_ACCEPTANCE: { description: '投诉举报受理' },
    COMPLAINT_HANDLING: { description: '投诉举报办理' },
    PROPOSAL_REPLY: { description: '人大建议、政协提案答复' },
    PROPOSAL_MISROUTE_WINDOW: { description: '交办有误退回时限' },
    JUDGMENT_FULFILMENT: { description: '生效判决履行' },
    JUDGMENT_GRACE: { description: '判决逾期宽限期' },
    JUDICIAL_SUGGESTION_REPLY: { description: '司法建议、检察建议答复' },
    SUPERVISION_TASK: { description: '层级监督任务' },
    PROCUREMENT_ACCEPTANCE: { description: '政府采购履约验收' },
    PPP_OBLIGATION: { description: '项目政府方履约' },
    POLICY_TASK: { description: '政策落实任务' },
    CAMPAIGN_FINDING: { description: '专项治理问题整改' },
    TRAINING_HOURS: { description: '诚信教育学时' },
  },
});

/** 监测预警: one item close to or past its time limit. */
@ObjectType({ description: '监测预警' })
export class Warning {
  @Field(() => WarningLevel) level!: WarningLevel;
  @Field(() => String, { description: 'WarningKind value, or a supervision item kind' }) kind!: string;
  @Field(() => String) entityType!: string;
  @Field(() => ID) entityId!: string;
  @Field(() => String) title!: string;
  @Field(() => GraphQLLocalDate) startedOn!: string;
  @Field(() => GraphQLLocalDate) dueOn!: string;
  @Field(() => Int, { description: 'Days until due (negative when overdue)' }) daysLeft!: number;
  @Field(() => Int, { description: 'Share of the time limit used, in percent' }) elapsedPercent!: number;
  @Field(() => Unit) responsibleUnit!: Unit;
  @Field(() => Person, { nullable: true }) responsiblePerson?: Person | null;
  responsibleUnitId!: string;
  responsiblePersonId?: string;
}

@ObjectType()
export class WarningBoard {
  @Field(() => [Warning]) items!: Warning[];
  @Field(() => Int) total!: number;
  @Field(() => Int) red!: number;
  @Field(() => Int) yellow!: number;
}
