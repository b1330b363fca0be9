import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../app/base.entity';
import { User } from '../auth/user.entity';
import { Commitment } from '../credit/commitment.entity';
import { Unit } from '../organisation/unit.entity';
import { ProposalKind, ProposalStatus, Satisfaction } from './supervision.enums';

/**
 * 人大代表建议 or 政协委员提案 (S2): received by 办公室, assigned to a lead unit
 * (主办) with co-handling units (会办), answered within the time limit, and
 * evaluated by the deputies or members who made it.
 */
@Entity({ tableName: 'supervision_proposal' })
@Unique({ properties: ['kind', 'number'] })
@Index({ properties: ['status', 'replyDueOn'] })
@ObjectType({ description: '人大代表建议、政协委员提案' })
export class SupervisionProposal extends BaseEntity {
  @Field(() => ProposalKind)
  @Enum({ items: () => ProposalKind })
  kind!: ProposalKind;

  @Field(() => String, { description: 'Case number (案号), unique per kind' })
  @Property({ type: 'string', length: 64 })
  number!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  content!: string;

  @Field(() => [String], { description: 'Deputies or members who made it (领衔人 first)' })
  @Property({ type: 'json' })
  proposers!: string[];

  @Field(() => String, { nullable: true, description: 'Delegation (代表团) or sector (界别)' })
  @Property({ type: 'string', length: 100, nullable: true })
  delegation?: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  receivedOn!: string;

  @Field(() => ProposalStatus)
  @Enum({ items: () => ProposalStatus })
  status: Opt<ProposalStatus> = ProposalStatus.RECEIVED;

  /** 主办单位; kept after a misrouted return until the item is assigned again. */
  @Index()
  @ManyToOne({ entity: () => Unit, nullable: true, ref: true, deleteRule: 'restrict' })
  leadUnit?: Ref<Unit>;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  assignedOn?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Reply due (答复期限)' })
  @Property({ type: 'date', nullable: true })
  replyDueOn?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day on which the lead unit may return a misrouted item' })
  @Property({ type: 'date', nullable: true })
  misrouteReturnDueOn?: string;

  @Field(() => Int, { description: 'Times the item was returned as misrouted' })
  @Property({ type: 'integer' })
  misrouteReturns: Opt<number> = 0;

  @Field(() => String, { nullable: true, description: 'Why the last lead unit returned it' })
  @Property({ type: 'text', nullable: true })
  misrouteReason?: string;

  @Field(() => String, { nullable: true, description: 'The reply (答复意见), as drafted or approved' })
  @Property({ type: 'text', nullable: true })
  replyContent?: string;

  @ManyToOne({ entity: () => User, nullable: true, ref: true, deleteRule: 'set null' })
  replyDraftedBy?: Ref<User>;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  replyDraftedAt?: Date;

  @ManyToOne({ entity: () => User, nullable: true, ref: true, deleteRule: 'set null' })
  reviewedBy?: Ref<User>;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  reviewedAt?: Date;

  @Field(() => String, { nullable: true, description: 'Leadership review note, or why the draft was sent back' })
  @Property({ type: 'text', nullable: true })
  reviewNote?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  repliedOn?: string;

  @Field(() => Satisfaction, { nullable: true, description: 'The latest evaluation by the deputies or members' })
  @Enum({ items: () => Satisfaction, nullable: true })
  satisfaction?: Satisfaction;

  @Field(() => Satisfaction, { nullable: true, description: 'The first evaluation (初次满意度), kept after re-handling' })
  @Enum({ items: () => Satisfaction, nullable: true })
  firstSatisfaction?: Satisfaction;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  satisfactionNote?: string;

  @Field(() => Int, { description: 'Times handled again after an unsatisfactory evaluation (at most once)' })
  @Property({ type: 'integer' })
  rehandleCount: Opt<number> = 0;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Day it was sent back for handling again' })
  @Property({ type: 'date', nullable: true })
  rehandledOn?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  closedOn?: string;

  @OneToMany({ entity: () => ProposalCoUnit, mappedBy: 'proposal' })
  coUnits = new Collection<ProposalCoUnit>(this);

  @OneToMany({ entity: () => ProposalCommitment, mappedBy: 'proposal' })
  commitmentLinks = new Collection<ProposalCommitment>(this);
}

/** A co-handling unit (会办单位) of a proposal and the opinion it gave the lead unit. */
@Entity({ tableName: 'supervision_proposal_co_unit' })
@Unique({ properties: ['proposal', 'unit'] })
@ObjectType({ description: '会办单位' })
export class ProposalCoUnit extends BaseEntity {
  @ManyToOne({ entity: () => SupervisionProposal, ref: true, deleteRule: 'cascade' })
  proposal!: Ref<SupervisionProposal>;

  @Index()
  @ManyToOne({ entity: () => Unit, ref: true, deleteRule: 'restrict' })
  unit!: Ref<Unit>;

  @Field(() => String, { nullable: true, description: 'Co-handling opinion (会办意见)' })
  @Property({ type: 'text', nullable: true })
  opinion?: string;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  opinionAt?: Date;
}

/** A promise made in an approved reply, kept as a deadline commitment of the lead unit. */
@Entity({ tableName: 'supervision_proposal_commitment' })
export class ProposalCommitment extends BaseEntity {
  @Index()
  @ManyToOne({ entity: () => SupervisionProposal, ref: true, deleteRule: 'restrict' })
  proposal!: Ref<SupervisionProposal>;

  @ManyToOne({ entity: () => Commitment, ref: true, deleteRule: 'restrict', unique: true })
  commitment!: Ref<Commitment>;
}
