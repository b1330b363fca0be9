import { Entity, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../app/base.entity';
import { User } from '../auth/user.entity';

/** A GraphQL query an analyst keeps in the explorer (查询台); only its owner sees it. */
@Entity({ tableName: 'saved_query' })
// The unique index (owner, name) also serves the owner's list, ordered by name.
@Unique({ properties: ['owner', 'name'] })
@ObjectType({ description: '已保存的查询' })
export class SavedQuery extends BaseEntity {
  @ManyToOne({ entity: () => User, ref: true, deleteRule: 'cascade' })
  owner!: Ref<User>;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, { description: 'The GraphQL document as typed in the explorer' })
  @Property({ type: 'text' })
  query!: string;

  @Field(() => String, { nullable: true, description: 'Its variables, as JSON text' })
  @Property({ type: 'text', nullable: true })
  variables?: string;
}
