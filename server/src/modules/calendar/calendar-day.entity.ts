import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { BaseEntity } from '../../app/base.entity';

export enum CalendarDayKind {
  /** 法定节假日: a weekday off. */
  HOLIDAY = 'HOLIDAY',
  /** 调休上班: a weekend day worked. */
  MAKEUP_WORKDAY = 'MAKEUP_WORKDAY',
}
registerEnumType(CalendarDayKind, {
  name: 'CalendarDayKind',
  valuesConfig: { HOLIDAY: { description: '放假' }, MAKEUP_WORKDAY: { description: '调休上班' } },
});

/**
 * An exception to the Monday–Friday working week, from the State Council's
 * yearly notice on holiday arrangements. Days not listed follow the weekend rule.
 */
@Entity({ tableName: 'calendar_day' })
@ObjectType({ description: '工作日历的例外日（节假日、调休上班日）' })
export class CalendarDay extends BaseEntity {
  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date', unique: true })
  date!: string;

  @Field(() => CalendarDayKind)
  @Enum({ items: () => CalendarDayKind })
  kind!: CalendarDayKind;

  @Field(() => String, { nullable: true, description: 'e.g. 春节' })
  @Property({ type: 'string', length: 50, nullable: true })
  name?: string;
}
