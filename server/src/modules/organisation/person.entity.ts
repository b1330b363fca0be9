import { Entity, Enum, Index, ManyToOne, Property, type Ref , type Opt } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../app/base.entity';
import { LeadershipRole, PersonStatus } from './organisation.enums';
import { Unit } from './unit.entity';

/** A member of staff of a unit: a civil servant (公务员) or other staff. */
@Entity({ tableName: 'person' })
@ObjectType({ description: '工作人员' })
@Directive('@key(fields: "id")')
export class Person extends BaseEntity {
  @Field(() => String)
  @Index()
  @Property({ type: 'string', length: 50 })
  name!: string;

  @Field(() => String, { description: 'Staff number (工号), unique' })
  @Property({ type: 'string', length: 32, unique: true })
  staffNumber!: string;

  @Index()
  @ManyToOne({ entity: () => Unit, ref: true, deleteRule: 'restrict' })
  unit!: Ref<Unit>;

  @Field(() => String, { nullable: true, description: 'Position (职务), e.g. 股长' })
  @Property({ type: 'string', length: 50, nullable: true })
  position?: string;

  @Field(() => Boolean, { description: 'Civil servant (公务员)' })
  @Property({ type: 'boolean' })
  isCivilServant: Opt<boolean> = true;

  @Field(() => LeadershipRole)
  @Enum({ items: () => LeadershipRole })
  leadershipRole: Opt<LeadershipRole> = LeadershipRole.NONE;

  @Field(() => PersonStatus)
  @Enum({ items: () => PersonStatus })
  status: Opt<PersonStatus> = PersonStatus.ACTIVE;

  /**
   * Keyed hash (HMAC-SHA-256) of the national ID number, for matching records
   * to people. The number itself is never stored, returned or logged.
   */
  @Index()
  @Property({ type: 'string', length: 64, nullable: true, hidden: true })
  nationalIdHash?: string;
}
