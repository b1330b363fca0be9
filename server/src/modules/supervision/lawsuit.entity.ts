import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../app/base.entity';
import { User } from '../auth/user.entity';
import { Unit } from '../organisation/unit.entity';
import { Judgment } from './judgment.entity';
import { AppearanceOutcome, LawsuitStatus, PartyRole } from './supervision.enums';

/** 诉讼案件 (S3): a case in which a unit of the bureau is a party. */
@Entity({ tableName: 'lawsuit' })
@Index({ properties: ['status', 'filedOn'] })
@ObjectType({ description: '涉诉案件' })
export class Lawsuit extends BaseEntity {
  @Field(() => String, { description: 'Case number (案号), e.g. （2026）豫0425行初12号' })
  @Property({ type: 'string', length: 100, unique: true })
  caseNumber!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  court!: string;

  @Field(() => String, { description: 'Cause of action (案由)' })
  @Property({ type: 'string', length: 200 })
  cause!: string;

  /** The unit that is a party. */
  @Index()
  @ManyToOne({ entity: () => Unit, ref: true, deleteRule: 'restrict' })
  unit!: Ref<Unit>;

  @Field(() => PartyRole)
  @Enum({ items: () => PartyRole })
  partyRole!: PartyRole;

  @Field(() => String, { nullable: true, description: 'The other party (对方当事人)' })
  @Property({ type: 'string', length: 200, nullable: true })
  opposingParty?: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  filedOn!: string;

  @Field(() => LawsuitStatus)
  @Enum({ items: () => LawsuitStatus })
  status: Opt<LawsuitStatus> = LawsuitStatus.OPEN;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  closedOn?: string;

  @Field(() => String, { nullable: true, description: 'How the case ended (结案情况)' })
  @Property({ type: 'text', nullable: true })
  outcome?: string;

  @OneToMany({ entity: () => CourtAppearance, mappedBy: 'lawsuit' })
  appearances = new Collection<CourtAppearance>(this);

  @OneToMany({ entity: () => Judgment, mappedBy: 'lawsuit' })
  judgments = new Collection<Judgment>(this);
}

/** One hearing of a lawsuit and who appeared for the unit (负责人出庭应诉). */
@Entity({ tableName: 'court_appearance' })
@Index({ properties: ['lawsuit', 'hearingOn'] })
@ObjectType({ description: '开庭及出庭应诉情况' })
export class CourtAppearance extends BaseEntity {
  @ManyToOne({ entity: () => Lawsuit, ref: true, deleteRule: 'restrict' })
  lawsuit!: Ref<Lawsuit>;

  @Field(() => GraphQLLocalDate)
  @Index()
  @Property({ type: 'date' })
  hearingOn!: string;

  @Field(() => Boolean, { description: 'The court requires the head of the unit to appear (负责人应出庭)' })
  @Property({ type: 'boolean' })
  headRequired!: boolean;

  @Field(() => AppearanceOutcome, { nullable: true, description: 'Empty until recorded after the hearing' })
  @Enum({ items: () => AppearanceOutcome, nullable: true })
  outcome?: AppearanceOutcome;

  @Field(() => String, { nullable: true, description: 'Who appeared: the head, or the delegated staff member' })
  @Property({ type: 'string', length: 100, nullable: true })
  appearedName?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  appearedPosition?: string;

  @Field(() => String, { nullable: true, description: 'Why the head did not appear when required' })
  @Property({ type: 'text', nullable: true })
  absenceReason?: string;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  recordedAt?: Date;

  @ManyToOne({ entity: () => User, nullable: true, ref: true, deleteRule: 'set null' })
  recordedBy?: Ref<User>;
}
