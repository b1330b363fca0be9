import { Field, Int, ObjectType } from 'type-graphql';
import { Unit } from '../organisation/unit.entity';
import { Campaign } from './campaign.entity';

/** Where a campaign (or one unit in it) stands on the way to zero (清零). */
@ObjectType({ description: '清零进度' })
export class ZeroOutCounts {
  @Field(() => Int) findings!: number;
  @Field(() => Int, { description: 'Verified and closed (已销号)' }) rectified!: number;
  @Field(() => Int, { description: 'Reported rectified, awaiting verification' }) awaitingVerification!: number;
  @Field(() => Int, { description: 'Being rectified within the deadline' }) open!: number;
  @Field(() => Int, { description: 'Past the deadline and not rectified' }) overdue!: number;
  @Field(() => Int, { description: 'Share rectified, in percent (100 when nothing was found)' }) rectifiedPercent!: number;
  @Field(() => Boolean, { description: 'Every finding rectified and verified' }) zeroedOut!: boolean;
}

@ObjectType()
export class UnitZeroOut {
  @Field(() => Unit) unit!: Unit;
  @Field(() => ZeroOutCounts) counts!: ZeroOutCounts;
}

@ObjectType({ description: '专项治理清零台账' })
export class CampaignZeroOut {
  @Field(() => Campaign) campaign!: Campaign;
  @Field(() => ZeroOutCounts, { description: 'Every finding the caller may see' }) total!: ZeroOutCounts;
  @Field(() => [UnitZeroOut], { description: 'Per responsible unit, units with open or overdue findings first' }) units!: UnitZeroOut[];
}
