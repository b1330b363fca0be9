import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON, GraphQLLocalDate } from 'graphql-scalars';
import { ListOf } from '../../app/list';
import { AuditAction, AuditEvent } from './audit-event.entity';

@ObjectType({ description: 'A page of audit events' })
export class AuditEventList extends ListOf(AuditEvent) {
  @Field(() => Boolean, { description: 'False when more than 10,000 events match: total then says 10,000 and the filter should be narrowed' })
  totalExact!: boolean;
}

/** Without `total` and `totalExact` when the client asks neither (see asksAny). */
export type AuditEventPage = Pick<AuditEventList, 'items'> & Partial<Pick<AuditEventList, 'total' | 'totalExact'>>;

@ObjectType({ description: 'One field of a record before and after a change' })
export class AuditFieldChange {
  @Field(() => String) field!: string;
  @Field(() => GraphQLJSON, { nullable: true }) before?: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) after?: unknown;
}

@ObjectType({ description: 'How many events one actor caused with one action on one day' })
export class AuditCount {
  @Field(() => GraphQLLocalDate, { description: 'The day in China time' }) day!: string;
  @Field(() => ID, { nullable: true }) actorId?: string;
  @Field(() => String, { nullable: true }) actorName?: string;
  @Field(() => AuditAction) action!: AuditAction;
  @Field(() => Int) count!: number;
}
