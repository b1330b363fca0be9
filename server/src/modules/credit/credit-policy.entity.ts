import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Severity } from './credit.enums';

/**
 * The configurable periods of the credit rules, one row. Defaults follow the
 * national guidance on credit repair: the more serious the record, the longer
 * it is disclosed and the longer before it may be repaired.
 */
@Entity({ tableName: 'credit_policy' })
@ObjectType({ description: '信用规则参数' })
export class CreditPolicy {
  @PrimaryKey({ type: 'string', length: 16 })
  id: Opt<string> = 'default';

  @Field(() => Int, { description: 'Disclosure period of a 一般 record, days' })
  @Property({ type: 'integer' })
  disclosureDaysGeneral: Opt<number> = 365;

  @Field(() => Int)
  @Property({ type: 'integer' })
  disclosureDaysSerious: Opt<number> = 1095;

  @Field(() => Int)
  @Property({ type: 'integer' })
  disclosureDaysGrave: Opt<number> = 1825;

  @Field(() => Int, { description: 'Minimum days from decision before a 一般 record may be repaired' })
  @Property({ type: 'integer' })
  repairMinDaysGeneral: Opt<number> = 90;

  @Field(() => Int)
  @Property({ type: 'integer' })
  repairMinDaysSerious: Opt<number> = 180;

  @Field(() => Int)
  @Property({ type: 'integer' })
  repairMinDaysGrave: Opt<number> = 365;

  @Field(() => Int, { description: 'Working days after confirmation within which an objection may be filed' })
  @Property({ type: 'integer' })
  objectionWindowWorkingDays: Opt<number> = 15;

  @Field(() => Int, { description: 'Working days within which an objection must be decided' })
  @Property({ type: 'integer' })
  objectionDecisionWorkingDays: Opt<number> = 10;

  @Field(() => Severity, { nullable: true, description: 'Self-correction waives punishment up to this severity' })
  @Property({ type: 'string', length: 16, nullable: true })
  selfCorrectionWaiveUpTo?: Severity = Severity.GENERAL;

  @Field(() => Severity, { nullable: true, description: 'Self-correction mitigates punishment up to this severity' })
  @Property({ type: 'string', length: 16, nullable: true })
  selfCorrectionMitigateUpTo?: Severity = Severity.SERIOUS;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;

  disclosureDays(severity: Severity): number {
    return { GENERAL: this.disclosureDaysGeneral, SERIOUS: this.disclosureDaysSerious, GRAVE: this.disclosureDaysGrave }[severity];
  }

  repairMinDays(severity: Severity): number {
    return { GENERAL: this.repairMinDaysGeneral, SERIOUS: this.repairMinDaysSerious, GRAVE: this.repairMinDaysGrave }[severity];
  }
}
