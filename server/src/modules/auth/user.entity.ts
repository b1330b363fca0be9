import { Entity, Enum, ManyToOne, Property, type Ref , type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { BaseEntity } from '../../app/base.entity';
import { Role } from '../../app/roles';
import { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';

/** A console account. */
@Entity({ tableName: 'app_user' })
@ObjectType({ description: '系统用户' })
export class User extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 64, unique: true })
  username!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  displayName!: string;

  /** argon2id hash; never leaves the server. */
  @Property({ type: 'string', length: 255, hidden: true })
  passwordHash!: string;

  @Field(() => [Role])
  @Enum({ items: () => Role, array: true })
  roles: Opt<Role[]> = [];

  /** The unit a UNIT_REPORTER reports for; the home unit of others. */
  @ManyToOne({ entity: () => Unit, nullable: true, ref: true, deleteRule: 'restrict' })
  unit?: Ref<Unit>;

  @ManyToOne({ entity: () => Person, nullable: true, ref: true, deleteRule: 'set null' })
  person?: Ref<Person>;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  lastLoginAt?: Date;
}
