import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../app/base.entity';
import { LeadingGroupRole } from './organisation.enums';
import { Person } from './person.entity';
import { Unit } from './unit.entity';

/** 领导小组 (O1): the director leads, deputy directors deputise, heads of units and sections are members. */
@Entity({ tableName: 'leading_group' })
@ObjectType({ description: '领导小组' })
export class LeadingGroup extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 100, unique: true })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Document that set it up (文号)' })
  @Property({ type: 'string', length: 100, nullable: true })
  documentNumber?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  establishedOn?: string;

  @Field(() => String, { nullable: true, description: 'Duties of the group' })
  @Property({ type: 'text', nullable: true })
  duties?: string;

  /** The section that runs the group's office (领导小组办公室设在…). */
  @ManyToOne({ entity: () => Unit, nullable: true, ref: true, deleteRule: 'set null' })
  officeUnit?: Ref<Unit>;
}

/** One person's membership of a leading group for a term. */
@Entity({ tableName: 'leading_group_member' })
@Index({ properties: ['group', 'person'] })
@ObjectType({ description: '领导小组成员' })
export class LeadingGroupMember extends BaseEntity {
  @ManyToOne({ entity: () => LeadingGroup, ref: true, deleteRule: 'cascade' })
  group!: Ref<LeadingGroup>;

  @ManyToOne({ entity: () => Person, ref: true, deleteRule: 'restrict' })
  person!: Ref<Person>;

  @Field(() => LeadingGroupRole)
  @Enum({ items: () => LeadingGroupRole })
  role!: LeadingGroupRole;

  @Field(() => String, { nullable: true, description: 'What the member is responsible for (分工)' })
  @Property({ type: 'string', length: 200, nullable: true })
  duty?: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  termStart!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Empty while the term runs' })
  @Property({ type: 'date', nullable: true })
  termEnd?: string;
}
