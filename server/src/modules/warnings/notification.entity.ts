import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { User } from '../auth/user.entity';
import { WarningLevel } from './warning.types';

/** An in-app notice to one user; each warning level of each item is sent once. */
@Entity({ tableName: 'notification' })
@Unique({ properties: ['recipient', 'entityType', 'entityId', 'kind', 'level'] })
@Index({ properties: ['recipient', 'readAt'] })
@ObjectType({ description: '站内通知' })
export class Notification {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => User, ref: true, deleteRule: 'cascade' })
  recipient!: Ref<User>;

  @Field(() => WarningLevel)
  @Enum({ items: () => WarningLevel })
  level!: WarningLevel;

  @Field(() => String)
  @Property({ type: 'string', length: 40 })
  kind!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 40 })
  entityType!: string;

  @Field(() => ID)
  @Property({ type: 'string', length: 100 })
  entityId!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  body!: string;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  readAt?: Date;
}
