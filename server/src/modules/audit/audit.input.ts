import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { IsOptional, Length, ValidateNested } from 'class-validator';
import { GraphQLDateTimeISO } from 'graphql-scalars';
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

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  from?: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
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
