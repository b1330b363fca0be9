import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../app/base.entity';
import { User } from '../auth/user.entity';
import { Severity } from '../credit/credit.enums';
import { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';
import { CampaignStatus, FindingStatus } from './campaign.enums';

/** 专项治理 (K4): a campaign that inspects units for one kind of problem and tracks every finding to zero (清零). */
@Entity({ tableName: 'campaign' })
@ObjectType({ description: '专项治理' })
export class Campaign extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The notice that launched it (文号)' })
  @Property({ type: 'string', length: 100, nullable: true })
  documentNumber?: string;

  @Field(() => String, { nullable: true, description: 'Aims and scope' })
  @Property({ type: 'text', nullable: true })
  description?: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  startsOn!: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  endsOn!: string;

  /** 责任股室 */
  @ManyToOne({ entity: () => Unit, ref: true, deleteRule: 'restrict' })
  responsibleSection!: Ref<Unit>;

  @Field(() => Int, { description: 'Working days a unit has to rectify a finding, unless the finding says otherwise' })
  @Property({ type: 'integer' })
  rectificationWorkingDays: Opt<number> = 20;

  @Field(() => CampaignStatus)
  @Enum({ items: () => CampaignStatus })
  status: Opt<CampaignStatus> = CampaignStatus.PLANNED;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  closedOn?: string;
}

/** 问题: one problem a campaign found in a unit, with its rectification deadline in working days. */
@Entity({ tableName: 'campaign_finding' })
@Index({ properties: ['status', 'deadline'] })
@ObjectType({ description: '专项治理发现问题' })
export class CampaignFinding extends BaseEntity {
  @Index()
  @ManyToOne({ entity: () => Campaign, ref: true, deleteRule: 'restrict' })
  campaign!: Ref<Campaign>;

  /** The unit where the problem was found, which must rectify it. */
  @Index()
  @ManyToOne({ entity: () => Unit, ref: true, deleteRule: 'restrict' })
  responsibleUnit!: Ref<Unit>;

  @ManyToOne({ entity: () => Person, nullable: true, ref: true, deleteRule: 'restrict' })
  responsiblePerson?: Ref<Person>;

  @Field(() => String)
  @Property({ type: 'text' })
  problem!: string;

  @Field(() => Severity)
  @Enum({ items: () => Severity })
  severity!: Severity;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  foundOn!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  workingDays!: number;

  @Field(() => GraphQLLocalDate, { description: 'The given working days after it was found' })
  @Property({ type: 'date' })
  deadline!: string;

  @Field(() => FindingStatus)
  @Enum({ items: () => FindingStatus })
  status: Opt<FindingStatus> = FindingStatus.OPEN;

  @Field(() => String, { nullable: true, description: 'What the unit did (整改情况)' })
  @Property({ type: 'text', nullable: true })
  rectification?: string;

  @Field(() => [String])
  @Property({ type: 'json' })
  evidence: Opt<string[]> = [];

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  rectifiedOn?: string;

  @ManyToOne({ entity: () => User, nullable: true, ref: true, deleteRule: 'set null' })
  verifiedBy?: Ref<User>;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  verifiedAt?: Date;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  verificationNote?: string;

  @ManyToOne({ entity: () => User, nullable: true, ref: true, deleteRule: 'set null' })
  registeredBy?: Ref<User>;

  @Field(() => String, { nullable: true, description: 'The dishonesty record created when the deadline was missed' })
  @Property({ type: 'uuid', nullable: true })
  recordId?: string;
}
