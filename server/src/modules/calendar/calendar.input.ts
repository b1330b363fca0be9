import { Field, InputType } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { CalendarDayKind } from './calendar-day.entity';

@InputType()
export class SetCalendarDayInput {
  @Field(() => GraphQLLocalDate)
  date!: string;

  @Field(() => CalendarDayKind)
  kind!: CalendarDayKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 50)
  name?: string;
}
