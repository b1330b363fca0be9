import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, type Opt, type Ref } from '@mikro-orm/core';
import { GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../app/base.entity';

export enum EnterpriseStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  DEREGISTERED = 'DEREGISTERED',
}
registerEnumType(EnterpriseStatus, {
  name: 'EnterpriseStatus',
  valuesConfig: { ACTIVE: { description: '存续' }, SUSPENDED: { description: '吊销' }, DEREGISTERED: { description: '注销' } },
});

/** A market entity that bids, contracts or partners with the government side, keyed by its unified social credit code. */
@Entity({ tableName: 'enterprise' })
@ObjectType({ description: '企业' })
@Directive('@key(fields: "creditCode")')
export class Enterprise extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { description: '统一社会信用代码' })
  @Property({ type: 'string', length: 18, unique: true })
  creditCode!: string;

  @Field(() => String, { nullable: true, description: '法定代表人' })
  @Property({ type: 'string', length: 50, nullable: true })
  legalRepresentative?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  address?: string;

  @Field(() => EnterpriseStatus)
  @Enum({ items: () => EnterpriseStatus })
  status: Opt<EnterpriseStatus> = EnterpriseStatus.ACTIVE;

  @OneToMany({ entity: () => DishonestyListing, mappedBy: 'enterprise' })
  listings = new Collection<DishonestyListing>(this);

  @OneToMany({ entity: () => ThirdPartyCreditReport, mappedBy: 'enterprise' })
  reports = new Collection<ThirdPartyCreditReport>(this);
}

/** An entry on a dishonesty list (失信名录): which list, who listed it, from when to when, how it can come off. */
@Entity({ tableName: 'dishonesty_listing' })
@ObjectType({ description: '失信名录记录' })
export class DishonestyListing extends BaseEntity {
  @Index()
  @ManyToOne({ entity: () => Enterprise, ref: true, deleteRule: 'cascade' })
  enterprise!: Ref<Enterprise>;

  @Field(() => String, { description: 'e.g. 失信被执行人名单, 政府采购严重违法失信行为记录名单' })
  @Property({ type: 'string', length: 100 })
  listName!: string;

  @Field(() => String, { description: 'The listing authority' })
  @Property({ type: 'string', length: 100 })
  source!: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  listedFrom!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Empty: until removed' })
  @Property({ type: 'date', nullable: true })
  listedTo?: string;

  @Field(() => String, { nullable: true, description: '移出条件' })
  @Property({ type: 'text', nullable: true })
  removalConditions?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Taken off the list early' })
  @Property({ type: 'date', nullable: true })
  removedOn?: string;
}

/** A credit report by a third-party agency (第三方信用报告). */
@Entity({ tableName: 'third_party_credit_report' })
@ObjectType({ description: '第三方信用报告' })
export class ThirdPartyCreditReport extends BaseEntity {
  @Index()
  @ManyToOne({ entity: () => Enterprise, ref: true, deleteRule: 'cascade' })
  enterprise!: Ref<Enterprise>;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  issuer!: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  issuedOn!: string;

  @Field(() => String, { description: 'Rating as issued, e.g. AAA, AA, A, BBB, B, C' })
  @Property({ type: 'string', length: 10 })
  rating!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  fileReference?: string;
}
