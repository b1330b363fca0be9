import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../app/base.entity';
import { Enterprise } from '../enterprise/enterprise.entity';
import { CreditCheck } from '../enterprise/credit-check.entity';
import { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';

export enum ProcurementMethod {
  PUBLIC_TENDER = 'PUBLIC_TENDER',
  INVITED_TENDER = 'INVITED_TENDER',
  COMPETITIVE_NEGOTIATION = 'COMPETITIVE_NEGOTIATION',
  COMPETITIVE_CONSULTATION = 'COMPETITIVE_CONSULTATION',
  SINGLE_SOURCE = 'SINGLE_SOURCE',
  INQUIRY = 'INQUIRY',
  FRAMEWORK_AGREEMENT = 'FRAMEWORK_AGREEMENT',
}
registerEnumType(ProcurementMethod, {
  name: 'ProcurementMethod',
  valuesConfig: {
    PUBLIC_TENDER: { description: '公开招标' },
    INVITED_TENDER: { description: '邀请招标' },
    COMPETITIVE_NEGOTIATION: { description: '竞争性谈判' },
    COMPETITIVE_CONSULTATION: { description: '竞争性磋商' },
    SINGLE_SOURCE: { description: '单一来源采购' },
    INQUIRY: { description: '询价' },
    FRAMEWORK_AGREEMENT: { description: '框架协议采购' },
  },
});

export enum ProcurementStatus {
  PLANNED = 'PLANNED',
  BIDDING = 'BIDDING',
  AWARDED = 'AWARDED',
  ACCEPTED = 'ACCEPTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ProcurementStatus, {
  name: 'ProcurementStatus',
  valuesConfig: {
    PLANNED: { description: '计划' },
    BIDDING: { description: '招标（采购）中' },
    AWARDED: { description: '已签订合同' },
    ACCEPTED: { description: '已履约验收' },
    CANCELLED: { description: '已终止' },
  },
});

export enum AcceptanceResult {
  PASSED = 'PASSED',
  PARTLY_PASSED = 'PARTLY_PASSED',
  FAILED = 'FAILED',
}
registerEnumType(AcceptanceResult, {
  name: 'AcceptanceResult',
  valuesConfig: { PASSED: { description: '合格' }, PARTLY_PASSED: { description: '部分合格' }, FAILED: { description: '不合格' } },
});

export enum PurchaserConduct {
  COMPLIANT = 'COMPLIANT',
  VIOLATION = 'VIOLATION',
}
registerEnumType(PurchaserConduct, {
  name: 'PurchaserConduct',
  valuesConfig: { COMPLIANT: { description: '采购人履约规范' }, VIOLATION: { description: '采购人存在违规行为' } },
});

/** 政府采购项目 (K2): from plan to contract acceptance, with the purchaser's conduct. */
@Entity({ tableName: 'procurement_project' })
@ObjectType({ description: '政府采购项目' })
export class ProcurementProject extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 40, unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Index()
  @ManyToOne({ entity: () => Unit, ref: true, deleteRule: 'restrict' })
  purchaser!: Ref<Unit>;

  @Field(() => Float, { description: 'Budget in yuan' })
  @Property({ type: 'decimal', precision: 16, scale: 2 })
  budget!: string;

  @Field(() => ProcurementMethod)
  @Enum({ items: () => ProcurementMethod })
  method!: ProcurementMethod;

  @Field(() => ProcurementStatus)
  @Enum({ items: () => ProcurementStatus })
  status: Opt<ProcurementStatus> = ProcurementStatus.PLANNED;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 60, nullable: true })
  contractNumber?: string;

  @ManyToOne({ entity: () => Enterprise, nullable: true, ref: true, deleteRule: 'restrict' })
  supplier?: Ref<Enterprise>;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'decimal', precision: 16, scale: 2, nullable: true })
  contractAmount?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  contractSignedOn?: string;

  @ManyToOne({ entity: () => CreditCheck, nullable: true, ref: true, deleteRule: 'restrict' })
  awardCheck?: Ref<CreditCheck>;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Contract acceptance (履约验收) due' })
  @Property({ type: 'date', nullable: true })
  acceptanceDueOn?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  acceptedOn?: string;

  @Field(() => AcceptanceResult, { nullable: true })
  @Enum({ items: () => AcceptanceResult, nullable: true })
  acceptanceResult?: AcceptanceResult;

  @Field(() => String, { nullable: true, description: '验收意见' })
  @Property({ type: 'text', nullable: true })
  acceptanceFindings?: string;

  @Field(() => PurchaserConduct, { nullable: true })
  @Enum({ items: () => PurchaserConduct, nullable: true })
  purchaserConduct?: PurchaserConduct;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  violationDescription?: string;

  @ManyToOne({ entity: () => Person, nullable: true, ref: true, deleteRule: 'restrict' })
  responsiblePerson?: Ref<Person>;

  @Field(() => String, { nullable: true, description: 'The dishonesty record a violation created' })
  @Property({ type: 'uuid', nullable: true })
  recordId?: string;

  @OneToMany({ entity: () => ProcurementBid, mappedBy: 'project' })
  bids = new Collection<ProcurementBid>(this);
}

export enum BidStatus {
  REGISTERED = 'REGISTERED',
  WON = 'WON',
  LOST = 'LOST',
}
registerEnumType(BidStatus, {
  name: 'BidStatus',
  valuesConfig: { REGISTERED: { description: '已报名' }, WON: { description: '中标（成交）' }, LOST: { description: '未中标' } },
});

/** A bid (投标报名), admitted only after a passing or warning credit check. */
@Entity({ tableName: 'procurement_bid' })
@ObjectType({ description: '投标报名' })
export class ProcurementBid extends BaseEntity {
  @Index()
  @ManyToOne({ entity: () => ProcurementProject, ref: true, deleteRule: 'cascade' })
  project!: Ref<ProcurementProject>;

  @ManyToOne({ entity: () => Enterprise, ref: true, deleteRule: 'restrict' })
  enterprise!: Ref<Enterprise>;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'decimal', precision: 16, scale: 2, nullable: true })
  amount?: string;

  @Field(() => BidStatus)
  @Enum({ items: () => BidStatus })
  status: Opt<BidStatus> = BidStatus.REGISTERED;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  registeredAt: Opt<Date> = new Date();

  @ManyToOne({ entity: () => CreditCheck, ref: true, deleteRule: 'restrict' })
  creditCheck!: Ref<CreditCheck>;
}
