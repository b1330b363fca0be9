import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';
import { TrainingAttendance } from './training.entity';

/** One person's integrity-education hours in a year, against the minimum. */
@ObjectType({ description: '个人年度诚信教育学时' })
export class PersonTrainingHours {
  @Field(() => Person) person!: Person;
  @Field(() => Unit) unit!: Unit;
  @Field(() => Int) year!: number;
  @Field(() => Float) hours!: number;
  @Field(() => Int) sessionsAttended!: number;
  @Field(() => Float) minimumHours!: number;
  @Field(() => Float, { description: 'Hours still missing (0 when the minimum is reached)' }) shortfall!: number;
  @Field(() => Boolean, { description: 'Below the yearly minimum' }) behind!: boolean;
}

@ObjectType()
export class TrainingHoursList {
  @Field(() => [PersonTrainingHours]) items!: PersonTrainingHours[];
  @Field(() => Int) total!: number;
  @Field(() => Int, { description: 'People below the minimum, across all pages' }) behind!: number;
  @Field(() => Float) minimumHours!: number;
}

/** 学时提醒: the staff of one unit who are below the yearly minimum. */
@ObjectType({ description: '学时提醒' })
export class TrainingReminder {
  @Field(() => Unit) unit!: Unit;
  @Field(() => Int) year!: number;
  @Field(() => Float) minimumHours!: number;
  @Field(() => [PersonTrainingHours]) people!: PersonTrainingHours[];
}

/** The training part of a person's integrity file (诚信档案). */
@ObjectType({ description: '诚信教育情况' })
export class PersonTraining {
  @Field(() => Int) year!: number;
  @Field(() => Float) hours!: number;
  @Field(() => Int) sessionsAttended!: number;
  @Field(() => Float) minimumHours!: number;
  @Field(() => Boolean) behind!: boolean;
  @Field(() => [TrainingAttendance], { description: 'The year’s attendance records, newest first' }) attendances!: TrainingAttendance[];
}
