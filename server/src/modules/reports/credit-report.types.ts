import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { CommitmentKind, CommitmentStatus, MeasureApplicationStatus, MeasureKind, RecordCategory, RecordStatus, Severity, SubjectType } from '../credit/credit.enums';
import { Grade } from '../evaluation/evaluation.enums';

// The sections of a credit report, as issued. The same shape is stored (JSON) and hashed.

@ObjectType({ description: '基本信息' })
export class ReportBasicInfo {
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'The unit, or the person’s unit' }) unitName!: string;
  @Field(() => String) unitCode!: string;
  @Field(() => String, { nullable: true, description: 'Position (persons)' }) position?: string | null;
  @Field(() => String, { nullable: true, description: 'Head of the unit (units)' }) head?: string | null;
}

@ObjectType({ description: '失信记录 (confirmed, counting or repaired)' })
export class ReportRecord {
  @Field(() => RecordCategory) category!: RecordCategory;
  @Field(() => Severity) severity!: Severity;
  @Field(() => RecordStatus) status!: RecordStatus;
  @Field(() => GraphQLLocalDate, { nullable: true }) decisionDate?: string | null;
  @Field(() => String, { nullable: true }) decidingAuthority?: string | null;
  @Field(() => String, { nullable: true }) documentNumber?: string | null;
  @Field(() => String) facts!: string;
  @Field(() => Boolean, { description: 'Counts today (confirmed, not repaired)' }) counting!: boolean;
  @Field(() => GraphQLLocalDate, { nullable: true }) disclosureEnd?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) repairedOn?: string | null;
  @Field(() => Boolean) disputed!: boolean;
}

@ObjectType({ description: '承诺' })
export class ReportCommitment {
  @Field(() => CommitmentKind) kind!: CommitmentKind;
  @Field(() => String) content!: string;
  @Field(() => GraphQLLocalDate) madeOn!: string;
  @Field(() => GraphQLLocalDate) dueOn!: string;
  @Field(() => CommitmentStatus) status!: CommitmentStatus;
}

@ObjectType({ description: '评价结果 (published)' })
export class ReportEvaluation {
  @Field(() => String) period!: string;
  @Field(() => Float) score!: number;
  @Field(() => Grade) grade!: Grade;
}

@ObjectType({ description: '奖惩措施' })
export class ReportMeasure {
  @Field(() => String) name!: string;
  @Field(() => MeasureKind) kind!: MeasureKind;
  @Field(() => MeasureApplicationStatus) status!: MeasureApplicationStatus;
  @Field(() => GraphQLLocalDate) effectiveFrom!: string;
  @Field(() => GraphQLLocalDate, { nullable: true }) effectiveTo?: string | null;
}

@ObjectType({ description: 'What a credit report says, exactly as issued (its hash is kept with the verification code)' })
export class CreditReportContent {
  @Field(() => String) reportNumber!: string;
  @Field(() => GraphQLLocalDate) issuedOn!: string;
  @Field(() => SubjectType) subjectType!: SubjectType;
  @Field(() => ReportBasicInfo) basic!: ReportBasicInfo;
  @Field(() => [ReportRecord]) records!: ReportRecord[];
  @Field(() => [ReportCommitment]) commitments!: ReportCommitment[];
  @Field(() => [ReportEvaluation]) evaluations!: ReportEvaluation[];
  @Field(() => [ReportMeasure]) measures!: ReportMeasure[];
}

@InputType()
export class IssueCreditReportInput {
  @Field(() => SubjectType) subjectType!: SubjectType;
  @Field(() => ID) @IsUUID() subjectId!: string;

  @Field(() => String, { description: 'Why the report is issued (出具事由)' })
  @MinLength(2)
  @MaxLength(300)
  purpose!: string;
}

@ArgsType()
export class CreditReportListArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() subjectId?: string;
  @Field(() => Int, { defaultValue: 0 }) @Min(0) offset: number = 0;
  @Field(() => Int, { defaultValue: 25 }) @Min(1) @Max(100) limit: number = 25;
}

@ObjectType({ description: 'What anyone holding a report’s verification code sees' })
export class CreditReportVerification {
  @Field(() => Boolean) valid!: boolean;
  @Field(() => String, { nullable: true, description: 'UNKNOWN_CODE, CONTENT_CHANGED or DIGEST_MISMATCH when not valid' }) problem?: string | null;
  @Field(() => String, { nullable: true }) reportNumber?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) issuedOn?: string | null;
  @Field(() => SubjectType, { nullable: true }) subjectType?: SubjectType | null;
  @Field(() => String, { nullable: true, description: 'The unit’s name, or a person’s masked name' }) subjectName?: string | null;
  @Field(() => String, { nullable: true, description: 'The digest printed on the report' }) digest?: string | null;
  @Field(() => Int, { nullable: true }) records?: number | null;
  @Field(() => Int, { nullable: true, description: 'Records counting on the day of issue' }) countingRecords?: number | null;
  @Field(() => Int, { nullable: true }) commitments?: number | null;
  @Field(() => Grade, { nullable: true, description: 'Latest published grade in the report' }) latestGrade?: Grade | null;
}
