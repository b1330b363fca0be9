import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

/**
 * The configurable time limits of supervision work, one row. Periods in months
 * are reckoned like statutory periods (see supervision.dates.ts); periods in
 * working days follow the working calendar.
 */
@Entity({ tableName: 'supervision_policy' })
@ObjectType({ description: '监督事项时限参数' })
export class SupervisionPolicy {
  @PrimaryKey({ type: 'string', length: 16 })
  id: Opt<string> = 'default';

  // NPC and CPPCC handling rules: the handling unit answers within three months of assignment.
  @Field(() => Int, { description: 'Months from assignment within which a suggestion or proposal is answered' })
  @Property({ type: 'integer' })
  proposalReplyMonths: Opt<number> = 3;

  @Field(() => Int, { description: 'Working days after assignment within which a misrouted item may be returned' })
  @Property({ type: 'integer' })
  misrouteReturnWorkingDays: Opt<number> = 3;

  @Field(() => Int, { description: 'Months for the second answer when an unsatisfactory item is handled again' })
  @Property({ type: 'integer' })
  rehandleReplyMonths: Opt<number> = 1;

  // The procuratorate's rules on suggestions give the recipient two months to act and
  // reply in writing; courts' suggestions usually ask for the same. The letter may set another date.
  @Field(() => Int, { description: 'Months from receipt within which a judicial or procuratorate suggestion is answered, unless the letter says otherwise' })
  @Property({ type: 'integer' })
  suggestionReplyMonths: Opt<number> = 2;

  @Field(() => Int, { description: 'Working days after the overdue warning before an unfulfilled judgment becomes a dishonesty record' })
  @Property({ type: 'integer' })
  judgmentGraceWorkingDays: Opt<number> = 10;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}
