import { Directive, Field, ObjectType } from 'type-graphql';
import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { Unit } from '../organisation/unit.entity';
import { User } from '../auth/user.entity';
import { Mitigation, RecordCategory, RecordSource, RecordStatus, Severity } from './credit.enums';
import { MeasureApplication } from './measure.entity';
import { Objection } from './objection.entity';
import { Rectification } from './rectification.entity';
import { SubjectEntity } from './subject.entity';

/** 政务失信记录 (C2): one act of dishonesty by a unit or a person, through its whole life. */
@Entity({ tableName: 'dishonesty_record' })
@Index({ properties: ['status', 'category'] })
// The list's default order (newest first).
@Index({ properties: ['createdAt'] })
@Index({ properties: ['sourceType', 'sourceId'] })
// The records deadline jobs create exist once per source: a commitment breaks once,
// a rectification or a campaign finding misses its deadline once, even under races.
// Declared here so that generated migrations keep these partial indexes.
@Unique({
  name: 'dishonesty_record_automatic_source_unique',
  expression: `create unique index "dishonesty_record_automatic_source_unique" on "dishonesty_record" ("source_type", "source_id") where "source_type" in ('COMMITMENT', 'RECTIFICATION')`,
})
@Unique({
  name: 'dishonesty_record_judgment_source_unique',
  expression: `create unique index "dishonesty_record_judgment_source_unique" on "dishonesty_record" ("source_id") where "source_type" = 'JUDGMENT' and "recorded_by_id" is null`,
})
@Unique({
  name: 'dishonesty_record_campaign_source_unique',
  expression: `create unique index "dishonesty_record_campaign_source_unique" on "dishonesty_record" ("source_type", "source_id") where "source_type" = 'CAMPAIGN'`,
})
@ObjectType({ description: '政务失信记录' })
@Directive('@key(fields: "id")')
export class DishonestyRecord extends SubjectEntity {
  @Field(() => RecordCategory)
  @Enum({ items: () => RecordCategory })
  category!: RecordCategory;

  @Field(() => Severity)
  @Enum({ items: () => Severity })
  severity!: Severity;

  @Field(() => String, { description: 'Facts (失信事实)' })
  @Property({ type: 'text' })
  facts!: string;

  @Field(() => String, { nullable: true, description: 'Legal basis (认定依据)' })
  @Property({ type: 'text', nullable: true })
  legalBasis?: string;

  @Field(() => String, { nullable: true, description: 'Decision document number (文号)' })
  @Property({ type: 'string', length: 100, nullable: true })
  documentNumber?: string;

  @Field(() => String, { nullable: true, description: 'Deciding authority (认定机关)' })
  @Property({ type: 'string', length: 100, nullable: true })
  decidingAuthority?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  decisionDate?: string;

  @Field(() => RecordSource)
  @Enum({ items: () => RecordSource })
  sourceType: Opt<RecordSource> = RecordSource.MANUAL;

  @Field(() => String, { nullable: true, description: 'Id or reference of the source (commitment, complaint, case number …)' })
  @Property({ type: 'string', length: 100, nullable: true })
  sourceId?: string;

  @Field(() => [String])
  @Property({ type: 'json' })
  evidence: Opt<string[]> = [];

  @ManyToOne({ entity: () => Unit, nullable: true, ref: true, deleteRule: 'restrict' })
  responsibleSection?: Ref<Unit>;

  @Field(() => RecordStatus)
  @Enum({ items: () => RecordStatus })
  status: Opt<RecordStatus> = RecordStatus.DRAFT;

  /** Empty for records the system created (deadline jobs). */
  @ManyToOne({ entity: () => User, nullable: true, ref: true, deleteRule: 'set null' })
  recordedBy?: Ref<User>;

  @Field(() => Boolean, { description: 'The subject corrected itself before being found out (主动纠错)' })
  @Property({ type: 'boolean' })
  selfCorrected: Opt<boolean> = false;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  selfCorrectionNote?: string;

  @Field(() => Mitigation, { description: 'Set at confirmation by the self-correction rules' })
  @Enum({ items: () => Mitigation })
  mitigation: Opt<Mitigation> = Mitigation.NONE;

  @Field(() => String, { nullable: true, description: 'Why it was returned to the recorder' })
  @Property({ type: 'text', nullable: true })
  returnReason?: string;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  submittedAt?: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  confirmedAt?: Date;

  @ManyToOne({ entity: () => User, nullable: true, ref: true, deleteRule: 'set null' })
  confirmedBy?: Ref<User>;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Start of the disclosure period (公示期)' })
  @Property({ type: 'date', nullable: true })
  disclosureStart?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day of the disclosure period' })
  @Property({ type: 'date', nullable: true })
  disclosureEnd?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day on which an objection may be filed' })
  @Property({ type: 'date', nullable: true })
  objectionDeadline?: string;

  @Field(() => Boolean, { description: 'An objection is pending (异议处理中)' })
  @Property({ type: 'boolean' })
  disputed: Opt<boolean> = false;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'Credit repair (信用修复): stops counting and disclosure' })
  @Property({ type: 'datetime', nullable: true })
  repairedAt?: Date;

  @ManyToOne({ entity: () => User, nullable: true, ref: true, deleteRule: 'set null' })
  repairedBy?: Ref<User>;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  repairReason?: string;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date;

  @ManyToOne({ entity: () => User, nullable: true, ref: true, deleteRule: 'set null' })
  revokedBy?: Ref<User>;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  revokeReason?: string;

  @OneToMany({ entity: () => Objection, mappedBy: 'record' })
  objections = new Collection<Objection>(this);

  @OneToMany({ entity: () => Rectification, mappedBy: 'record' })
  rectifications = new Collection<Rectification>(this);

  @OneToMany({ entity: () => MeasureApplication, mappedBy: 'record' })
  measureApplications = new Collection<MeasureApplication>(this);
}
