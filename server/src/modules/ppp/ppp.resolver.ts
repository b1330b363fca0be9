import { Arg, Args, Ctx, Field, FieldResolver, Float, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Access, SIGNED_IN } from '../../app/access';
import type { AppContext } from '../../app/context';
import { ListOf } from '../../app/list';
import { Role } from '../../app/roles';
import { CreditCheck } from '../enterprise/credit-check.entity';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';
import { PppObligation, PppProject, PppStage } from './ppp.entity';
import { AdvancePppStageInput, CreatePppProjectInput, ObligationInput, PppDefaultInput, PppListArgs } from './ppp.input';
import { pppService } from './ppp.service';

// 办公室 answers for bidding and PPP (K3).
const MANAGERS = [Role.ADMIN, Role.OFFICE];

@ObjectType()
export class PppProjectList extends ListOf(PppProject) {}

@ObjectType({ description: '欠款台账中的一笔' })
export class ArrearsLine {
  @Field(() => PppObligation) obligation!: PppObligation;
  @Field(() => Float) outstanding!: number;
  @Field(() => Int) daysOverdue!: number;
}

@Resolver(() => PppProject)
export class PppResolver {
  @Query(() => PppProjectList)
  @Access(SIGNED_IN)
  pppProjects(@Args(() => PppListArgs) args: PppListArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return pppService.list(ctx, args, info);
  }

  @Query(() => PppProject)
  @Access(SIGNED_IN)
  pppProject(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return pppService.get(ctx, id);
  }

  @Query(() => [ArrearsLine], { description: '欠款台账: the government side’s overdue payments' })
  @Access(SIGNED_IN)
  pppArrears(@Arg('projectId', () => ID, { nullable: true }) projectId: string | undefined, @Ctx() ctx: AppContext) {
    return pppService.arrears(ctx, projectId);
  }

  @Mutation(() => PppProject)
  @Access(...MANAGERS)
  createPppProject(@Arg('input', () => CreatePppProjectInput) input: CreatePppProjectInput, @Ctx() ctx: AppContext) {
    return pppService.create(ctx, input);
  }

  @Mutation(() => PppProject, { description: 'Moves the project to a later stage with its responsible person' })
  @Access(...MANAGERS)
  advancePppStage(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => AdvancePppStageInput) input: AdvancePppStageInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return pppService.advance(ctx, id, input, version);
  }

  @Mutation(() => PppProject, { description: 'Chooses the private partner after a credit check' })
  @Access(...MANAGERS)
  setPppPartner(
    @Arg('id', () => ID) id: string,
    @Arg('enterpriseId', () => ID) enterpriseId: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return pppService.setPartner(ctx, id, enterpriseId, version);
  }

  @Mutation(() => PppObligation, { description: 'Adds a milestone or payment owed by the government side' })
  @Access(...MANAGERS)
  addPppObligation(@Arg('input', () => ObligationInput) input: ObligationInput, @Ctx() ctx: AppContext) {
    return pppService.addObligation(ctx, input);
  }

  @Mutation(() => PppObligation, { description: 'Records fulfilment or a payment' })
  @Access(...MANAGERS)
  fulfilPppObligation(
    @Arg('id', () => ID) id: string,
    @Arg('paid', () => Float, { nullable: true }) paid: number | undefined,
    @Arg('on', () => GraphQLLocalDate) on: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return pppService.fulfil(ctx, id, paid, on, version);
  }

  @Mutation(() => PppObligation, { description: 'Records a default in full; drafts a contract-default record' })
  @Access(Role.ADMIN, Role.OFFICE, Role.DISCIPLINE)
  recordPppDefault(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => PppDefaultInput) input: PppDefaultInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return pppService.recordDefault(ctx, id, input, version);
  }

  @FieldResolver(() => Unit, { description: 'The government side (实施机构)' })
  implementingUnit(@Root() p: PppProject) {
    return p.implementingUnit.load();
  }

  @FieldResolver(() => Enterprise, { nullable: true, description: 'The private partner (社会资本方)' })
  partner(@Root() p: PppProject) {
    return p.partner ? p.partner.load() : null;
  }

  @FieldResolver(() => CreditCheck, { nullable: true })
  partnerCheck(@Root() p: PppProject) {
    return p.partnerCheck ? p.partnerCheck.load() : null;
  }

  @FieldResolver(() => [PppStage], { description: 'Stages with who answered for each (责任追溯)' })
  async stages(@Root() p: PppProject) {
    return (await p.stages.loadItems()).sort((a, b) => a.startedOn.localeCompare(b.startedOn));
  }

  @FieldResolver(() => [PppObligation])
  async obligations(@Root() p: PppProject) {
    return (await p.obligations.loadItems()).sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  }
}

@Resolver(() => PppStage)
export class PppStageResolver {
  @FieldResolver(() => Person)
  responsiblePerson(@Root() s: PppStage) {
    return s.responsiblePerson.load();
  }
}

@Resolver(() => PppObligation)
export class PppObligationResolver {
  @FieldResolver(() => Person, { nullable: true })
  defaultResponsible(@Root() o: PppObligation) {
    return o.defaultResponsible ? o.defaultResponsible.load() : null;
  }

  @FieldResolver(() => PppProject)
  project(@Root() o: PppObligation) {
    return o.project.load();
  }
}
