import { Collection, Entity, Enum, Index, ManyToMany, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLJSON, GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../app/base.entity';
import { User } from '../auth/user.entity';
import { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';
import { ComplaintCategory, ComplaintChannel, ComplaintConclusion, ComplaintStatus, Satisfaction } from './complaint.enums';

export interface ComplaintTransfer {
  from: string | null;
  to: string;
  on: string;
  reason: string;
}

/**
 * 投诉举报 (S4): one report of illegal or dishonest conduct, from registration
 * to the reporter's satisfaction. The reporter's identity lives in separate
 * columns that only the custodian role reads; anonymous reports have none.
 */
@Entity({ tableName: 'complaint' })
@Index({ properties: ['status', 'receivedOn'] })
@ObjectType({ description: '投诉举报' })
export class Complaint extends BaseEntity {
  @Field(() => String, { description: 'Case number (编号), e.g. TS2026-0007' })
  @Property({ type: 'string', length: 20, unique: true })
  caseNumber!: string;

  @Field(() => ComplaintChannel)
  @Enum({ items: () => ComplaintChannel })
  channel!: ComplaintChannel;

  @Field(() => ComplaintCategory)
  @Enum({ items: () => ComplaintCategory })
  category!: ComplaintCategory;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  content!: string;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  anonymous: Opt<boolean> = false;

  /** The reporter's name, telephone and address: custodian only (see complaintReporter). */
  @Property({ type: 'string', length: 50, nullable: true, hidden: true })
  reporterName?: string;

  @Property({ type: 'string', length: 32, nullable: true, hidden: true })
  reporterPhone?: string;

  @Property({ type: 'string', length: 200, nullable: true, hidden: true })
  reporterContact?: string;

  /** First 6 characters of the receipt code, to find the case; the rest is only hashed. */
  @Index()
  @Property({ type: 'string', length: 8, hidden: true })
  receiptLookup!: string;

  @Property({ type: 'string', length: 255, hidden: true })
  receiptHash!: string;

  @ManyToOne({ entity: () => Unit, nullable: true, ref: true, deleteRule: 'restrict' })
  concernedUnit?: Ref<Unit>;

  @ManyToOne({ entity: () => Person, nullable: true, ref: true, deleteRule: 'restrict' })
  concernedPerson?: Ref<Person>;

  @Field(() => String, { nullable: true, description: 'Who the report is about, as the reporter put it' })
  @Property({ type: 'string', length: 200, nullable: true })
  concernedText?: string;

  @Field(() => ComplaintStatus)
  @Enum({ items: () => ComplaintStatus })
  status: Opt<ComplaintStatus> = ComplaintStatus.RECEIVED;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  receivedOn!: string;

  @Field(() => GraphQLLocalDate, { description: 'Acceptance to be decided within 5 working days' })
  @Property({ type: 'date' })
  acceptanceDueOn!: string;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  acceptanceDecidedAt?: Date;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  notAcceptedReason?: string;

  @Index()
  @ManyToOne({ entity: () => Unit, nullable: true, ref: true, deleteRule: 'restrict' })
  leadUnit?: Ref<Unit>;

  @ManyToMany({ entity: () => Unit, pivotTable: 'complaint_co_unit', owner: true })
  coUnits = new Collection<Unit>(this);

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  assignedOn?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Handling due (working days after assignment)' })
  @Property({ type: 'date', nullable: true })
  handlingDueOn?: string;

  @Field(() => GraphQLJSON, { description: 'Transfers between lead units: from, to, on, reason' })
  @Property({ type: 'json' })
  transfers: Opt<ComplaintTransfer[]> = [];

  @Field(() => ComplaintConclusion, { nullable: true })
  @Enum({ items: () => ComplaintConclusion, nullable: true })
  conclusion?: ComplaintConclusion;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  findings?: string;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  concludedAt?: Date;

  @Field(() => String, { nullable: true, description: 'The reply to the reporter' })
  @Property({ type: 'text', nullable: true })
  reply?: string;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  repliedAt?: Date;

  @Field(() => Satisfaction, { nullable: true })
  @Enum({ items: () => Satisfaction, nullable: true })
  satisfaction?: Satisfaction;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  satisfactionComment?: string;

  @Field(() => Int, { description: 'Times re-handled after an unsatisfactory result (at most once)' })
  @Property({ type: 'integer' })
  rehandleCount: Opt<number> = 0;

  /** Staff who registered it on the reporter's behalf; empty for public intake. */
  @ManyToOne({ entity: () => User, nullable: true, ref: true, deleteRule: 'set null' })
  registeredBy?: Ref<User>;

  @Field(() => String, { nullable: true, description: 'The draft dishonesty record a substantiated conclusion created' })
  @Property({ type: 'uuid', nullable: true })
  recordId?: string;
}

/** 答复模板: a reply text per category, with {caseNumber}, {conclusion} and {findings} placeholders. */
@Entity({ tableName: 'reply_template' })
@ObjectType({ description: '答复模板' })
export class ReplyTemplate extends BaseEntity {
  @Field(() => ComplaintCategory)
  @Enum({ items: () => ComplaintCategory })
  category!: ComplaintCategory;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  title!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  body!: string;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;
}
