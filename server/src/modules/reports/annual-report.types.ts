import { ArgsType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { IsUUID, Max, Min } from 'class-validator';
import { RecordCategory } from '../credit/credit.enums';
import { Grade } from '../evaluation/evaluation.enums';
import { UnitKind } from '../organisation/organisation.enums';

@ArgsType()
export class AnnualIntegrityReportArgs {
  @Field(() => ID) @IsUUID() unitId!: string;
  @Field(() => Int) @Min(2000) @Max(2100) year!: number;
}

@ObjectType()
export class AnnualCategoryCount {
  @Field(() => RecordCategory) category!: RecordCategory;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: '年度诚信报告: one unit’s year for the performance assessment (机关绩效考核)' })
export class AnnualIntegrityReport {
  @Field(() => Int) year!: number;
  @Field(() => ID) unitId!: string;
  @Field(() => String) unitCode!: string;
  @Field(() => String) unitName!: string;
  @Field(() => UnitKind) unitKind!: UnitKind;

  @Field(() => Int, { description: 'Confirmed records decided in the year, about the unit or its staff' }) records!: number;
  @Field(() => Int) recordsAboutUnit!: number;
  @Field(() => Int) recordsAboutStaff!: number;
  @Field(() => Int, { description: '较重 or 严重' }) seriousRecords!: number;
  @Field(() => Int, { description: 'Of those, repaired (信用修复) since' }) repairedRecords!: number;
  @Field(() => [AnnualCategoryCount]) recordsByCategory!: AnnualCategoryCount[];

  @Field(() => Int, { description: 'Commitments due in the year' }) commitmentsDue!: number;
  @Field(() => Int) commitmentsFulfilled!: number;
  @Field(() => Int) commitmentsBroken!: number;
  @Field(() => Int) commitmentsWaived!: number;
  @Field(() => Int) commitmentsPending!: number;
  @Field(() => Float, { nullable: true, description: 'Fulfilled ÷ (fulfilled + broken), percent' }) fulfilmentRate?: number | null;

  @Field(() => Int, { description: 'Active staff of the unit' }) staff!: number;
  @Field(() => Float, { description: 'Integrity-education hours credited to the staff in the year' }) trainingHours!: number;
  @Field(() => Int, { description: 'Staff who reached the yearly minimum' }) staffMeetingMinimum!: number;
  @Field(() => Float) trainingMinimumHours!: number;

  @Field(() => Int, { description: 'Supervision tasks due in the year' }) supervisionTasks!: number;
  @Field(() => Int) supervisionTasksAccepted!: number;
  @Field(() => Int, { description: 'Accepted after the due date, or still open past it' }) supervisionTasksLate!: number;
  @Field(() => Int, { description: 'NPC suggestions and CPPCC proposals led, received in the year' }) proposalsLed!: number;
  @Field(() => Int) proposalsReplied!: number;
  @Field(() => Int, { description: 'Judicial and procuratorate suggestions received in the year' }) judicialSuggestions!: number;
  @Field(() => Int) judicialSuggestionsReplied!: number;

  @Field(() => Float, { nullable: true, description: 'Integrity score of the year’s current run (published, else computed)' }) score?: number | null;
  @Field(() => Grade, { nullable: true }) grade?: Grade | null;
  @Field(() => Boolean, { description: 'The score comes from a published run' }) gradePublished!: boolean;
  @Field(() => Int) staffEvaluated!: number;
  @Field(() => Float, { nullable: true }) staffAverage?: number | null;
  @Field(() => Int, { description: 'Staff graded C or D' }) staffWarned!: number;

  @Field(() => String, { description: 'The report as CSV (UTF-8, two columns: 项目, 数值)' }) csv!: string;
}
