import { ArgsType, Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { RecordCategory, Severity, SubjectType } from '../credit/credit.enums';
import { Grade } from '../evaluation/evaluation.enums';
import { UnitKind } from '../organisation/organisation.enums';

/** Rows a public page may have: the portal is for reading, not for copying the register. */
export const PUBLIC_PAGE_SIZE = 20;

/**
 * A disclosed dishonesty record as the public sees it. Deliberately a type of
 * its own, not the record: no ids, no facts text, a person's name masked.
 */
@ObjectType({ description: '公示的失信记录（脱敏）' })
export class PublicRecord {
  @Field(() => SubjectType) subjectType!: SubjectType;
  @Field(() => String, { description: 'The unit’s name, or a person’s masked name (张*)' }) subjectName!: string;
  @Field(() => String, { description: 'The unit, or the unit the person belongs to' }) unitName!: string;
  @Field(() => RecordCategory) category!: RecordCategory;
  @Field(() => Severity) severity!: Severity;
  @Field(() => GraphQLLocalDate, { nullable: true }) decisionDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Deciding authority (认定机关)' }) decidingAuthority?: string | null;
  @Field(() => String, { nullable: true, description: 'Decision document number (文号); units only' }) documentNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'Legal basis (认定依据); units only' }) legalBasis?: string | null;
  @Field(() => GraphQLLocalDate) disclosureStart!: string;
  @Field(() => GraphQLLocalDate) disclosureEnd!: string;
  @Field(() => Boolean, { description: 'An objection is pending (异议处理中)' }) disputed!: boolean;
}

@ObjectType()
export class PublicRecordList {
  @Field(() => [PublicRecord]) items!: PublicRecord[];
  @Field(() => Int) total!: number;
  @Field(() => GraphQLLocalDate, { description: 'The day the list was computed for' }) asOf!: string;
}

@InputType()
export class PublicRecordFilter {
  @Field(() => String, { nullable: true, description: 'Unit code (单位编码): records about the unit and its staff' })
  @IsOptional()
  @MaxLength(40)
  @Matches(/^[A-Za-z0-9-]+$/, { message: 'A unit code has letters, digits and hyphens' })
  unitCode?: string;

  @Field(() => RecordCategory, { nullable: true }) @IsOptional() category?: RecordCategory;
  @Field(() => SubjectType, { nullable: true }) @IsOptional() subjectType?: SubjectType;
}

@ArgsType()
export class PublicRecordArgs {
  @Field(() => PublicRecordFilter, { nullable: true }) filter?: PublicRecordFilter;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  @Max(10_000)
  offset: number = 0;

  /** At most 20 rows a page. */
  @Field(() => Int, { defaultValue: PUBLIC_PAGE_SIZE })
  @Min(1)
  @Max(PUBLIC_PAGE_SIZE)
  limit: number = PUBLIC_PAGE_SIZE;
}

@ObjectType({ description: 'A unit the public may filter by' })
export class PublicUnit {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => UnitKind) kind!: UnitKind;
  @Field(() => Int, { description: 'Records about it or its staff disclosed today' }) disclosedRecords!: number;
}

@ObjectType({ description: '守信红榜: a unit or member of staff graded 诚信 (A) in the latest published evaluation' })
export class PublicHonourEntry {
  @Field(() => SubjectType) subjectType!: SubjectType;
  @Field(() => String, { description: 'The unit’s name, or a person’s masked name' }) subjectName!: string;
  @Field(() => String) unitName!: string;
  @Field(() => Float) score!: number;
  @Field(() => Grade) grade!: Grade;
}

@ObjectType()
export class PublicHonourRoll {
  @Field(() => String, { nullable: true, description: 'The evaluation period, e.g. 2025; empty when nothing is published' }) period?: string | null;
  @Field(() => [PublicHonourEntry]) items!: PublicHonourEntry[];
}

@ArgsType()
export class PublicHonourRollArgs {
  @Field(() => SubjectType) subjectType!: SubjectType;

  @Field(() => Int, { defaultValue: PUBLIC_PAGE_SIZE })
  @Min(1)
  @Max(PUBLIC_PAGE_SIZE)
  limit: number = PUBLIC_PAGE_SIZE;
}

@ObjectType({ description: '公示规则: how long records are disclosed and when they may be repaired' })
export class PublicDisclosureRules {
  @Field(() => Int) disclosureDaysGeneral!: number;
  @Field(() => Int) disclosureDaysSerious!: number;
  @Field(() => Int) disclosureDaysGrave!: number;
  @Field(() => Int) repairMinDaysGeneral!: number;
  @Field(() => Int) repairMinDaysSerious!: number;
  @Field(() => Int) repairMinDaysGrave!: number;
  @Field(() => Int) objectionWindowWorkingDays!: number;
  @Field(() => Int) objectionDecisionWorkingDays!: number;
  @Field(() => Int, { description: 'Rows per page of the public lists' }) pageSize!: number;
}
