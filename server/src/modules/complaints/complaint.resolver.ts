import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { Access, PUBLIC, SIGNED_IN } from '../../app/access';
import type { AppContext } from '../../app/context';
import { badInput } from '../../app/errors';
import { ListOf } from '../../app/list';
import { Role } from '../../app/roles';
import { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';
import { Complaint, ReplyTemplate } from './complaint.entity';
import { SubjectType } from '../credit/credit.enums';
import { IntegrityFile } from '../credit/integrity-file.service';
import { ComplaintStatus, Satisfaction } from './complaint.enums';
import {
  AssignComplaintInput,
  ComplaintListArgs,
  ConcludeComplaintInput,
  PublicComplaintInput,
  RegisterComplaintInput,
  ReplyTemplateInput,
} from './complaint.input';
import { complaintService } from './complaint.service';

const HANDLERS = [Role.ADMIN, Role.DISCIPLINE];
const REGISTRARS = [Role.ADMIN, Role.DISCIPLINE, Role.CUSTODIAN, Role.OFFICE];

@ObjectType()
export class ComplaintList extends ListOf(Complaint) {}

@ObjectType({ description: 'What the reporter gets after filing' })
export class ComplaintReceipt {
  @Field(() => String) caseNumber!: string;
  @Field(() => String, { description: 'Keep it: it is the only way to follow the case; it is not stored' }) receiptCode!: string;
  @Field(() => GraphQLLocalDate) receivedOn!: string;
  @Field(() => GraphQLLocalDate) acceptanceDueOn!: string;
}

@ObjectType({ description: 'A registered report with the receipt code to hand to the reporter' })
export class RegisteredComplaint {
  @Field(() => Complaint) complaint!: Complaint;
  @Field(() => String) receiptCode!: string;
}

@ObjectType({ description: 'What a reporter sees with the receipt code' })
export class PublicComplaintStatus {
  @Field(() => String) caseNumber!: string;
  @Field(() => ComplaintStatus) status!: ComplaintStatus;
  @Field(() => GraphQLLocalDate) receivedOn!: string;
  @Field(() => GraphQLLocalDate) acceptanceDueOn!: string;
  @Field(() => String, { nullable: true }) notAcceptedReason?: string;
  @Field(() => String, { nullable: true }) reply?: string;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) repliedAt?: Date;
  @Field(() => Satisfaction, { nullable: true }) satisfaction?: Satisfaction;
  @Field(() => Boolean, { description: 'The reply can be rated now' }) canRate!: boolean;
}

@ObjectType({ description: 'Who filed a report: for the custodian only' })
export class ComplaintReporter {
  @Field(() => Boolean) anonymous!: boolean;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) contact?: string | null;
}

@ObjectType()
export class BulkOutcome {
  @Field(() => ID) id!: string;
  @Field(() => Boolean) ok!: boolean;
  @Field(() => String, { nullable: true }) code?: string;
  @Field(() => String, { nullable: true }) message?: string;
}

function publicView(c: Complaint): PublicComplaintStatus {
  return {
    caseNumber: c.caseNumber,
    status: c.status,
    receivedOn: c.receivedOn,
    acceptanceDueOn: c.acceptanceDueOn,
    notAcceptedReason: c.notAcceptedReason,
    reply: c.status === ComplaintStatus.REPLIED || c.status === ComplaintStatus.CLOSED ? c.reply : undefined,
    repliedAt: c.repliedAt,
    satisfaction: c.satisfaction,
    canRate: c.status === ComplaintStatus.REPLIED && !c.satisfaction,
  };
}

function checkIds(ids: string[]) {
  if (ids.length === 0 || ids.length > 100) throw badInput('ids', 'Choose 1 to 100 reports');
}

@Resolver(() => Complaint)
export class ComplaintResolver {
  // ----- public -----

  @Mutation(() => ComplaintReceipt, { description: 'Files a report without an account (rate-limited)' })
  @Access(PUBLIC)
  async submitPublicComplaint(@Arg('input', () => PublicComplaintInput) input: PublicComplaintInput, @Ctx() ctx: AppContext) {
    const { complaint, receiptCode } = await complaintService.filePublic(ctx, input);
    return { caseNumber: complaint.caseNumber, receiptCode, receivedOn: complaint.receivedOn, acceptanceDueOn: complaint.acceptanceDueOn };
  }

  @Query(() => PublicComplaintStatus, { description: 'The status and reply of a report, with its receipt code' })
  @Access(PUBLIC)
  async complaintByReceipt(@Arg('receiptCode', () => String) receiptCode: string, @Ctx() ctx: AppContext) {
    return publicView(await complaintService.byReceipt(ctx, receiptCode));
  }

  @Mutation(() => PublicComplaintStatus, { description: 'The reporter rates the reply (满意 / 基本满意 / 不满意)' })
  @Access(PUBLIC)
  async rateComplaint(
    @Arg('receiptCode', () => String) receiptCode: string,
    @Arg('satisfaction', () => Satisfaction) satisfaction: Satisfaction,
    @Arg('comment', () => String, { nullable: true }) comment: string | undefined,
    @Ctx() ctx: AppContext,
  ) {
    return publicView(await complaintService.rateByReceipt(ctx, receiptCode, satisfaction, comment));
  }

  // ----- staff -----

  @Query(() => ComplaintList)
  @Access(SIGNED_IN)
  complaints(@Args(() => ComplaintListArgs) args: ComplaintListArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return complaintService.list(ctx, args, info);
  }

  @Query(() => Complaint)
  @Access(SIGNED_IN)
  complaint(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return complaintService.get(ctx, id);
  }

  @Query(() => ComplaintReporter, { description: 'Who filed the report (信访保密员 only); the read and its purpose are recorded in the audit trail' })
  @Access(Role.CUSTODIAN)
  complaintReporter(
    @Arg('id', () => ID) id: string,
    @Arg('purpose', () => String, { description: 'Why the identity is read (查阅事由)' }) purpose: string,
    @Ctx() ctx: AppContext,
  ) {
    return complaintService.reporter(ctx, id, purpose);
  }

  @Mutation(() => RegisteredComplaint, { description: 'Registers a report received by telephone, post or in person' })
  @Access(...REGISTRARS)
  registerComplaint(@Arg('input', () => RegisterComplaintInput) input: RegisterComplaintInput, @Ctx() ctx: AppContext) {
    return complaintService.register(ctx, input);
  }

  @Mutation(() => Complaint, { description: '受理' })
  @Access(...HANDLERS)
  acceptComplaint(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: AppContext) {
    return complaintService.accept(ctx, id, version);
  }

  @Mutation(() => Complaint, { description: '不予受理, with the reason' })
  @Access(...HANDLERS)
  rejectComplaint(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return complaintService.reject(ctx, id, reason, version);
  }

  @Mutation(() => Complaint, { description: 'Assigns a lead unit (主办) and co-handling units (会办)' })
  @Access(...HANDLERS)
  assignComplaint(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => AssignComplaintInput) input: AssignComplaintInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return complaintService.assign(ctx, id, input, version);
  }

  @Mutation(() => Complaint, { description: 'Transfers the case to another lead unit' })
  @Access(...HANDLERS)
  transferComplaint(
    @Arg('id', () => ID) id: string,
    @Arg('toUnitId', () => ID) toUnitId: string,
    @Arg('reason', () => String) reason: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return complaintService.transfer(ctx, id, toUnitId, reason, version);
  }

  @Mutation(() => Complaint, { description: 'The lead unit starts its investigation' })
  @Access(Role.ADMIN, Role.DISCIPLINE, Role.UNIT_REPORTER)
  startComplaintInvestigation(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: AppContext) {
    return complaintService.startInvestigation(ctx, id, version);
  }

  @Mutation(() => Complaint, { description: 'Concludes the investigation; substantiated conduct drafts a dishonesty record' })
  @Access(Role.ADMIN, Role.DISCIPLINE, Role.UNIT_REPORTER)
  concludeComplaint(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ConcludeComplaintInput) input: ConcludeComplaintInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return complaintService.conclude(ctx, id, input, version);
  }

  @Mutation(() => Complaint, { description: 'Replies to the reporter, with own text or a template' })
  @Access(...HANDLERS)
  replyToComplaint(
    @Arg('id', () => ID) id: string,
    @Arg('reply', () => String, { nullable: true }) reply: string | undefined,
    @Arg('templateId', () => ID, { nullable: true }) templateId: string | undefined,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return complaintService.reply(ctx, id, reply, templateId, version);
  }

  @Mutation(() => Complaint, { description: 'Records the reporter’s satisfaction given by telephone or in person' })
  @Access(Role.ADMIN, Role.DISCIPLINE, Role.CUSTODIAN)
  recordComplaintSatisfaction(
    @Arg('id', () => ID) id: string,
    @Arg('satisfaction', () => Satisfaction) satisfaction: Satisfaction,
    @Arg('comment', () => String, { nullable: true }) comment: string | undefined,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return complaintService.rateByStaff(ctx, id, satisfaction, comment, version);
  }

  @Mutation(() => Complaint, { description: 'Handles an unsatisfactory case again (once)' })
  @Access(...HANDLERS)
  rehandleComplaint(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return complaintService.rehandle(ctx, id, reason, version);
  }

  @Mutation(() => Complaint, { description: 'Closes a replied case whose satisfaction is recorded' })
  @Access(...HANDLERS)
  closeComplaint(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: AppContext) {
    return complaintService.close(ctx, id, version);
  }

  @Mutation(() => [BulkOutcome], { description: 'Accepts several reports; each succeeds or fails on its own' })
  @Access(...HANDLERS)
  bulkAcceptComplaints(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: AppContext) {
    checkIds(ids);
    return complaintService.bulk(ctx, ids, (id, v) => complaintService.accept({ ...ctx, em: ctx.em.fork() }, id, v));
  }

  @Mutation(() => [BulkOutcome], { description: 'Assigns several accepted reports to the same units' })
  @Access(...HANDLERS)
  bulkAssignComplaints(
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('input', () => AssignComplaintInput) input: AssignComplaintInput,
    @Ctx() ctx: AppContext,
  ) {
    checkIds(ids);
    return complaintService.bulk(ctx, ids, (id, v) => complaintService.assign({ ...ctx, em: ctx.em.fork() }, id, input, v));
  }

  @Query(() => [ReplyTemplate])
  @Access(SIGNED_IN)
  replyTemplates(@Arg('activeOnly', () => Boolean, { defaultValue: true }) activeOnly: boolean, @Ctx() ctx: AppContext) {
    return complaintService.templates(ctx, activeOnly);
  }

  @Mutation(() => ReplyTemplate)
  @Access(...HANDLERS)
  createReplyTemplate(@Arg('input', () => ReplyTemplateInput) input: ReplyTemplateInput, @Ctx() ctx: AppContext) {
    return complaintService.saveTemplate(ctx, undefined, input);
  }

  @Mutation(() => ReplyTemplate)
  @Access(...HANDLERS)
  updateReplyTemplate(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ReplyTemplateInput) input: ReplyTemplateInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return complaintService.saveTemplate(ctx, id, input, version);
  }

  @FieldResolver(() => Unit, { nullable: true, description: '主办单位' })
  leadUnit(@Root() c: Complaint) {
    return c.leadUnit ? c.leadUnit.load() : null;
  }

  @FieldResolver(() => [Unit], { description: '会办单位' })
  coUnits(@Root() c: Complaint) {
    return c.coUnits.loadItems();
  }

  @FieldResolver(() => Unit, { nullable: true })
  concernedUnit(@Root() c: Complaint) {
    return c.concernedUnit ? c.concernedUnit.load() : null;
  }

  @FieldResolver(() => Person, { nullable: true })
  concernedPerson(@Root() c: Complaint) {
    return c.concernedPerson ? c.concernedPerson.load() : null;
  }

  @FieldResolver(() => Boolean, { description: 'Registered by staff rather than filed online' })
  registeredByStaff(@Root() c: Complaint) {
    return !!c.registeredBy;
  }
}


/** 诚信档案: the complaints and reports about the unit or person, newest first. */
@Resolver(() => IntegrityFile)
export class IntegrityFileComplaintsResolver {
  @FieldResolver(() => [Complaint], { description: 'Complaints and reports concerning this unit or person' })
  complaints(@Root() file: IntegrityFile, @Ctx() ctx: AppContext) {
    const where = file.subjectType === SubjectType.PERSON ? { concernedPerson: file.subjectId } : { concernedUnit: file.subjectId };
    return ctx.em.find(Complaint, where, { orderBy: { receivedOn: 'DESC' }, limit: 100 });
  }
}
