import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../app/base.entity';
import { User } from '../auth/user.entity';
import { Unit } from '../organisation/unit.entity';
import { JudicialSuggestionKind, JudicialSuggestionStatus } from './supervision.enums';

/** 司法建议 or 检察建议 addressed to a unit, and its written reply. */
@Entity({ tableName: 'judicial_suggestion' })
@Index({ properties: ['status', 'replyDueOn'] })
@ObjectType({ description: '司法建议、检察建议' })
export class JudicialSuggestion extends BaseEntity {
  @Field(() => JudicialSuggestionKind)
  @Enum({ items: () => JudicialSuggestionKind })
  kind!: JudicialSuggestionKind;

  @Field(() => String, { description: 'Issuing court or procuratorate' })
  @Property({ type: 'string', length: 100 })
  issuingOrgan!: string;

  @Field(() => String, { nullable: true, description: 'Document number (文书号)' })
  @Property({ type: 'string', length: 100, nullable: true })
  documentNumber?: string;

  @Field(() => String)
  @Property({ type: 'text' })
  content!: string;

  /** The unit the suggestion is addressed to. */
  @Index()
  @ManyToOne({ entity: () => Unit, ref: true, deleteRule: 'restrict' })
  unit!: Ref<Unit>;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  receivedOn!: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  replyDueOn!: string;

  @Field(() => JudicialSuggestionStatus)
  @Enum({ items: () => JudicialSuggestionStatus })
  status: Opt<JudicialSuggestionStatus> = JudicialSuggestionStatus.PENDING;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  repliedOn?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reply?: string;

  @ManyToOne({ entity: () => User, nullable: true, ref: true, deleteRule: 'set null' })
  repliedBy?: Ref<User>;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  replyRecordedAt?: Date;
}
