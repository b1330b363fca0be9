import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { IsOptional, Length, ValidateNested } from 'class-validator';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { PageArgs, SortOrder } from '../../app/list';
import { AuditAction } from './audit-event.entity';

@InputType()
export class AuditEventFilter {
  @Field(() => String, { nullable: true, description: 'e.g. Unit, Person' })
  @IsOptional()
  @Length(1, 100)
  entityType?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  entityId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  actorId?: string;

  @Field(() => AuditAction, { nullable: true })
  action?: AuditAction;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  command?: string;

  @Field(() => ID, { nullable: true, description: 'The unit the record belongs to' })
  @IsOptional()
  @Length(1, 100)
  unitId?: string;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'From this moment on (inclusive)' })
  from?: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'Before this moment (exclusive)' })
  to?: Date;
}

@ArgsType()
export class AuditEventListArgs extends PageArgs {
  @Field(() => AuditEventFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: AuditEventFilter;

  @Field(() => SortOrder, { defaultValue: SortOrder.DESC, description: 'By time of the event' })
  order: SortOrder = SortOrder.DESC;
}

@ArgsType()
export class EntityHistoryArgs extends PageArgs {
  @Field(() => String, { description: 'e.g. Unit, Person, DishonestyRecord' })
  @Length(1, 100)
  entityType!: string;

  @Field(() => String)
  @Length(1, 100)
  entityId!: string;
}

@ArgsType()
export class AuditCountArgs {
  @Field(() => GraphQLLocalDate, { description: 'First day (China time)' })
  from!: string;

  @Field(() => GraphQLLocalDate, { description: 'Last day, inclusive; at most 366 days after the first' })
  to!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  actorId?: string;

  @Field(() => AuditAction, { nullable: true })
  action?: AuditAction;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  unitId?: string;
}
