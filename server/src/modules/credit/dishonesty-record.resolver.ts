import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Access, SIGNED_IN } from '../../app/access';
import type { AppContext } from '../../app/context';
import { ListOf } from '../../app/list';
import { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';
import { SubjectType } from './credit.enums';
import { DECIDERS, RECORDERS } from './credit.roles';
import { DishonestyRecord } from './dishonesty-record.entity';
import { CreateDishonestyRecordInput, DishonestyRecordListArgs, UpdateDishonestyRecordInput } from './dishonesty-record.input';
import { dishonestyRecordService } from './dishonesty-record.service';
import { AwardEligibility, IntegrityFile, integrityFileService } from './integrity-file.service';
import { MeasureApplication } from './measure.entity';
import { Objection } from './objection.entity';
import { Rectification } from './rectification.entity';
import { SubjectFieldsResolver } from './subject.resolver';

@ObjectType()
export class DishonestyRecordList extends ListOf(DishonestyRecord) {}

async function userName(ref: { load(): Promise<{ displayName: string } | null | undefined> } | undefined) {
  return ref ? ((await ref.load())?.displayName ?? null) : null;
}

@Resolver(() => DishonestyRecord)
export class DishonestyRecordResolver extends SubjectFieldsResolver(DishonestyRecord) {
  @Query(() => DishonestyRecordList, { description: '政务失信记录 the caller may see' })
  @Access(SIGNED_IN)
  dishonestyRecords(@Args(() => DishonestyRecordListArgs) args: DishonestyRecordListArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return dishonestyRecordService.list(ctx, args, info);
  }

  @Query(() => DishonestyRecord)
  @Access(SIGNED_IN)
  dishonestyRecord(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return dishonestyRecordService.get(ctx, id);
  }

  @Mutation(() => DishonestyRecord, { description: 'Records a draft' })
  @Access(...RECORDERS)
  createDishonestyRecord(@Arg('input', () => CreateDishonestyRecordInput) input: CreateDishonestyRecordInput, @Ctx() ctx: AppContext) {
    return dishonestyRecordService.create(ctx, input);
  }

  @Mutation(() => DishonestyRecord, { description: 'Edits a draft or returned record' })
  @Access(...RECORDERS)
  updateDishonestyRecord(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateDishonestyRecordInput) input: UpdateDishonestyRecordInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return dishonestyRecordService.update(ctx, id, input, version);
  }

  @Mutation(() => DishonestyRecord, { description: 'Submits a draft or returned record for confirmation' })
  @Access(...RECORDERS)
  submitDishonestyRecord(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: AppContext) {
    return dishonestyRecordService.submit(ctx, id, version);
  }

  @Mutation(() => DishonestyRecord, { description: 'Confirms a submitted record (认定); not by its recorder' })
  @Access(...DECIDERS)
  confirmDishonestyRecord(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: AppContext) {
    return dishonestyRecordService.confirm(ctx, id, version);
  }

  @Mutation(() => DishonestyRecord, { description: 'Returns a submitted record to its recorder with reasons' })
  @Access(...DECIDERS)
  returnDishonestyRecord(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return dishonestyRecordService.return(ctx, id, reason, version);
  }

  @Mutation(() => DishonestyRecord, { description: 'Revokes a record with a reason; it is kept, never deleted' })
  @Access(...DECIDERS)
  revokeDishonestyRecord(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return dishonestyRecordService.revoke(ctx, id, reason, version);
  }

  @Mutation(() => DishonestyRecord, { description: 'Credit repair (信用修复) after verified rectification and the minimum period' })
  @Access(...DECIDERS)
  repairDishonestyRecord(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return dishonestyRecordService.repair(ctx, id, reason, version);
  }

  @Query(() => IntegrityFile, { description: '诚信档案 of a unit or person; the read and its purpose are recorded in the audit trail' })
  @Access(SIGNED_IN)
  integrityFile(
    @Arg('subjectType', () => SubjectType) subjectType: SubjectType,
    @Arg('subjectId', () => ID) subjectId: string,
    @Arg('purpose', () => String, { description: 'Why the file is read (查阅事由)' }) purpose: string,
    @Ctx() ctx: AppContext,
  ) {
    return integrityFileService.file(ctx, subjectType, subjectId, purpose);
  }

  @Query(() => AwardEligibility, { description: 'Whether a unit or person may be put forward for awards in a year, and why' })
  @Access(SIGNED_IN)
  awardEligibility(
    @Arg('subjectType', () => SubjectType) subjectType: SubjectType,
    @Arg('subjectId', () => ID) subjectId: string,
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: AppContext,
  ) {
    return integrityFileService.awardEligibility(ctx, subjectType, subjectId, year);
  }

  @FieldResolver(() => Boolean, { description: 'Confirmed, not repaired, not revoked: counts in scores and eligibility' })
  counting(@Root() r: DishonestyRecord) {
    return r.status === 'CONFIRMED' && !r.repairedAt;
  }

  @FieldResolver(() => Boolean, { description: 'Inside its disclosure period today' })
  disclosed(@Root() r: DishonestyRecord) {
    return dishonestyRecordService.isDisclosed(r);
  }

  @FieldResolver(() => Unit, { nullable: true })
  responsibleSection(@Root() r: DishonestyRecord) {
    return r.responsibleSection ? r.responsibleSection.load() : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Recorder; empty for records the system created' })
  recordedByName(@Root() r: DishonestyRecord) {
    return userName(r.recordedBy);
  }

  @FieldResolver(() => String, { nullable: true })
  confirmedByName(@Root() r: DishonestyRecord) {
    return userName(r.confirmedBy);
  }

  @FieldResolver(() => [Objection])
  objections(@Root() r: DishonestyRecord) {
    return r.objections.loadItems();
  }

  @FieldResolver(() => [Rectification])
  rectifications(@Root() r: DishonestyRecord) {
    return r.rectifications.loadItems();
  }

  @FieldResolver(() => [MeasureApplication])
  measureApplications(@Root() r: DishonestyRecord) {
    return r.measureApplications.loadItems();
  }
}

/** The records about a person, as a nested list (e.g. units → people → records). */
@Resolver(() => Person)
export class PersonRecordsResolver {
  @FieldResolver(() => [DishonestyRecord], { description: 'Records about the person the caller may see, newest first, at most `limit` (100)' })
  dishonestyRecords(
    @Root() person: Person,
    @Arg('limit', () => Int, { defaultValue: 5 }) limit: number,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return dishonestyRecordService.aboutPerson(ctx, person, limit, info);
  }
}
