import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Access, SIGNED_IN } from '../../app/access';
import type { AppContext } from '../../app/context';
import { ListOf } from '../../app/list';
import { Role } from '../../app/roles';
import { CreditCheck } from '../enterprise/credit-check.entity';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';
import { ProcurementBid, ProcurementProject } from './procurement.entity';
import { AwardContractInput, ContractAcceptanceInput, CreateProcurementInput, ProcurementListArgs, RegisterBidInput } from './procurement.input';
import { procurementService } from './procurement.service';

// 纪检监察室 answers for procurement integrity (K2); purchasers' reporters run their own projects.
const MANAGERS = [Role.ADMIN, Role.DISCIPLINE, Role.OFFICE, Role.UNIT_REPORTER];

@ObjectType()
export class ProcurementProjectList extends ListOf(ProcurementProject) {}

@Resolver(() => ProcurementProject)
export class ProcurementResolver {
  @Query(() => ProcurementProjectList)
  @Access(SIGNED_IN)
  procurementProjects(@Args(() => ProcurementListArgs) args: ProcurementListArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return procurementService.list(ctx, args, info);
  }

  @Query(() => ProcurementProject)
  @Access(SIGNED_IN)
  procurementProject(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return procurementService.get(ctx, id);
  }

  @Mutation(() => ProcurementProject)
  @Access(...MANAGERS)
  createProcurementProject(@Arg('input', () => CreateProcurementInput) input: CreateProcurementInput, @Ctx() ctx: AppContext) {
    return procurementService.create(ctx, input);
  }

  @Mutation(() => ProcurementProject, { description: 'Opens the project for bids' })
  @Access(...MANAGERS)
  openProcurementBidding(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: AppContext) {
    return procurementService.openBidding(ctx, id, version);
  }

  @Mutation(() => ProcurementBid, { description: 'Registers a bid after a credit check; listed enterprises are refused' })
  @Access(...MANAGERS)
  registerBid(@Arg('input', () => RegisterBidInput) input: RegisterBidInput, @Ctx() ctx: AppContext) {
    return procurementService.registerBid(ctx, input);
  }

  @Mutation(() => ProcurementProject, { description: 'Awards the contract to a bid after a fresh credit check' })
  @Access(...MANAGERS)
  awardProcurementContract(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => AwardContractInput) input: AwardContractInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return procurementService.award(ctx, id, input, version);
  }

  @Mutation(() => ProcurementProject, { description: '履约验收 with the purchaser’s conduct; a violation drafts a record' })
  @Access(Role.ADMIN, Role.DISCIPLINE)
  recordContractAcceptance(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ContractAcceptanceInput) input: ContractAcceptanceInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return procurementService.accept(ctx, id, input, version);
  }

  @Mutation(() => ProcurementProject)
  @Access(...MANAGERS)
  cancelProcurementProject(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: AppContext) {
    return procurementService.cancel(ctx, id, version);
  }

  @FieldResolver(() => Unit)
  purchaser(@Root() p: ProcurementProject) {
    return p.purchaser.load();
  }

  @FieldResolver(() => Enterprise, { nullable: true })
  supplier(@Root() p: ProcurementProject) {
    return p.supplier ? p.supplier.load() : null;
  }

  @FieldResolver(() => Person, { nullable: true })
  responsiblePerson(@Root() p: ProcurementProject) {
    return p.responsiblePerson ? p.responsiblePerson.load() : null;
  }

  @FieldResolver(() => CreditCheck, { nullable: true, description: 'The check made when the contract was awarded' })
  awardCheck(@Root() p: ProcurementProject) {
    return p.awardCheck ? p.awardCheck.load() : null;
  }

  @FieldResolver(() => [ProcurementBid])
  bids(@Root() p: ProcurementProject) {
    return p.bids.loadItems();
  }
}

@Resolver(() => ProcurementBid)
export class ProcurementBidResolver {
  @FieldResolver(() => Enterprise)
  enterprise(@Root() b: ProcurementBid) {
    return b.enterprise.load();
  }

  @FieldResolver(() => CreditCheck)
  creditCheck(@Root() b: ProcurementBid) {
    return b.creditCheck.load();
  }
}
