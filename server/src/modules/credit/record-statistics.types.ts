import { Field, Int, ObjectType } from 'type-graphql';
import { Unit } from '../organisation/unit.entity';
import { RecordCategory } from './credit.enums';

@ObjectType({ description: 'Records of one category' })
export class RecordCategoryCount {
  @Field(() => RecordCategory)
  category!: RecordCategory;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Records of one unit (the unit whose data they are)' })
export class RecordUnitCount {
  @Field(() => Unit)
  unit!: Unit;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Records of one month' })
export class RecordMonthCount {
  @Field(() => String, { description: 'YYYY-MM' })
  month!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: '失信记录统计: recorded (not draft) records of the window, as the caller may see them' })
export class RecordStatistics {
  @Field(() => String, { description: 'First month of the window (YYYY-MM)' })
  fromMonth!: string;

  @Field(() => Int)
  total!: number;

  @Field(() => [RecordCategoryCount], { description: 'Most records first' })
  byCategory!: RecordCategoryCount[];

  @Field(() => [RecordUnitCount], { description: 'The ten units with most records' })
  byUnit!: RecordUnitCount[];

  @Field(() => [RecordMonthCount], { description: 'Every month of the window, oldest first, months without records as 0' })
  byMonth!: RecordMonthCount[];
}
