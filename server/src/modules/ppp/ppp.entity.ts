import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../app/base.entity';
import { CreditCheck } from '../enterprise/credit-check.entity';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';

export enum PppStageName {
  PREPARATION = 'PREPARATION',
  BIDDING = 'BIDDING',
  PROCUREMENT = 'PROCUREMENT',
  FINANCING = 'FINANCING',
  IMPLEMENTATION = 'IMPLEMENTATION',
  HANDOVER = 'HANDOVER',
}
registerEnumType(PppStageName, {
  name: 'PppStageName',
  valuesConfig: {
    PREPARATION: { description: '项目准备' },
    BIDDING: { description: '招标投标' },
    PROCUREMENT: { description: '政府采购' },
    FINANCING: { description: '融资' },
    IMPLEMENTATION: { description: '项目实施' },
    HANDOVER: { description: '移交' },
  },
});
export const PPP_STAGE_ORDER = Object.values(PppStageName);

export enum ObligationKind {
  MILESTONE = 'MILESTONE',
  PAYMENT = 'PAYMENT',
}
registerEnumType(ObligationKind, {
  name: 'ObligationKind',
  valuesConfig: { MILESTONE: { description: '履约节点' }, PAYMENT: { description: '付费义务' } },
});

export enum ObligationStatus {
  PENDING = 'PENDING',
  FULFILLED = 'FULFILLED',
  DEFAULTED = 'DEFAULTED',
}
registerEnumType(ObligationStatus, {
  name: 'ObligationStatus',
  valuesConfig: { PENDING: { description: '待履行' }, FULFILLED: { description: '已履行' }, DEFAULTED: { description: '违约' } },
});

/** 招标投标与PPP项目 (K3): the government side's duties through every stage. */
@Entity({ tableName: 'ppp_project' })
@ObjectType({ description: '招标投标和政府和社会资本合作（PPP）项目' })
export class PppProject extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 40, unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  /** The government side (实施机构). */
  @Index()
  @ManyToOne({ entity: () => Unit, ref: true, deleteRule: 'restrict' })
  implementingUnit!: Ref<Unit>;

  @ManyToOne({ entity: () => Enterprise, nullable: true, ref: true, deleteRule: 'restrict' })
  partner?: Ref<Enterprise>;

  @ManyToOne({ entity: () => CreditCheck, nullable: true, ref: true, deleteRule: 'restrict' })
  partnerCheck?: Ref<CreditCheck>;

  @Field(() => Float, { description: 'Total investment in yuan' })
  @Property({ type: 'decimal', precision: 16, scale: 2 })
  totalInvestment!: string;

  @Field(() => PppStageName)
  @Enum({ items: () => PppStageName })
  stage: Opt<PppStageName> = PppStageName.PREPARATION;

  @OneToMany({ entity: () => PppStage, mappedBy: 'project' })
  stages = new Collection<PppStage>(this);

  @OneToMany({ entity: () => PppObligation, mappedBy: 'project' })
  obligations = new Collection<PppObligation>(this);
}

/** One stage of a project with the person who answered for it (责任追溯). */
@Entity({ tableName: 'ppp_stage' })
@ObjectType({ description: '项目阶段及责任人' })
export class PppStage extends BaseEntity {
  @Index()
  @ManyToOne({ entity: () => PppProject, ref: true, deleteRule: 'cascade' })
  project!: Ref<PppProject>;

  @Field(() => PppStageName)
  @Enum({ items: () => PppStageName })
  stage!: PppStageName;

  @ManyToOne({ entity: () => Person, ref: true, deleteRule: 'restrict' })
  responsiblePerson!: Ref<Person>;

  @Field(() => String, { description: 'The government side’s integrity duties in this stage' })
  @Property({ type: 'text' })
  duties!: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  startedOn!: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  endedOn?: string;
}

/** A milestone or payment the government side owes (arrears ledger, 履约监测). */
@Entity({ tableName: 'ppp_obligation' })
@Index({ properties: ['status', 'dueOn'] })
@ObjectType({ description: '政府方履约义务' })
export class PppObligation extends BaseEntity {
  @Index()
  @ManyToOne({ entity: () => PppProject, ref: true, deleteRule: 'cascade' })
  project!: Ref<PppProject>;

  @Field(() => ObligationKind)
  @Enum({ items: () => ObligationKind })
  kind!: ObligationKind;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  description!: string;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'decimal', precision: 16, scale: 2, nullable: true })
  amount?: string;

  @Field(() => Float, { description: 'Paid so far' })
  @Property({ type: 'decimal', precision: 16, scale: 2, defaultRaw: '0.00' })
  paidAmount: Opt<string> = '0.00';

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  startedOn!: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  dueOn!: string;

  @Field(() => ObligationStatus)
  @Enum({ items: () => ObligationStatus })
  status: Opt<ObligationStatus> = ObligationStatus.PENDING;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  fulfilledOn?: string;

  @Field(() => String, { nullable: true, description: 'What the default was, in full' })
  @Property({ type: 'text', nullable: true })
  defaultDescription?: string;

  @ManyToOne({ entity: () => Person, nullable: true, ref: true, deleteRule: 'restrict' })
  defaultResponsible?: Ref<Person>;

  @Field(() => String, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  recordId?: string;
}
