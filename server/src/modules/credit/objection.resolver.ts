import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { IsOptional, ValidateNested } from 'class-validator';
import { Access, SIGNED_IN } from '../../app/access';
import { today } from '../../app/clock';
import type { AppContext } from '../../app/context';
import { ListOf, PageArgs } from '../../app/list';
import { Role } from '../../app/roles';
import { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';
import { DECIDERS } from './credit.roles';
import { DishonestyRecord } from './dishonesty-record.entity';
import { Objection } from './objection.entity';
import {
  CreateRectificationInput,
  DecideObjectionInput,
  FileObjectionInput,
  ObjectionFilter,
  RectificationFilter,
  RectificationProgressInput,
} from './objection.input';
import { objectionService } from './objection.service';
import { Rectification } from './rectification.entity';
import { rectificationService } from './rectification.service';

@ObjectType()
export class ObjectionList extends ListOf(Objection) {}

@ObjectType()
export class RectificationList extends ListOf(Rectification) {}

@ArgsType()
class ObjectionListArgs extends PageArgs {
  @Field(() => ObjectionFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ObjectionFilter;
}

@ArgsType()
class RectificationListArgs extends PageArgs {
  @Field(() => RectificationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: RectificationFilter;
}

@Resolver(() => Objection)
export class ObjectionResolver {
  @Query(() => ObjectionList)
  @Access(SIGNED_IN)
  objections(@Args(() => ObjectionListArgs) args: ObjectionListArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return objectionService.list(ctx, args.filter, args, info);
  }

  @Mutation(() => Objection, { description: 'Disputes a confirmed record within its objection window (异议)' })
  @Access(Role.ADMIN, Role.DISCIPLINE, Role.UNIT_REPORTER)
  fileObjection(@Arg('input', () => FileObjectionInput) input: FileObjectionInput, @Ctx() ctx: AppContext) {
    return objectionService.file(ctx, input);
  }

  @Mutation(() => Objection, { description: 'Upholds, corrects or revokes the disputed record' })
  @Access(...DECIDERS)
  decideObjection(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => DecideObjectionInput) input: DecideObjectionInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return objectionService.decide(ctx, id, input, version);
  }

  @FieldResolver(() => DishonestyRecord)
  record(@Root() o: Objection) {
    return o.record.load();
  }

  @FieldResolver(() => Boolean, { description: 'Still pending after its decision deadline' })
  overdue(@Root() o: Objection) {
    return o.status === 'PENDING' && o.decisionDueOn < today();
  }
}

@Resolver(() => Rectification)
export class RectificationResolver {
  @Query(() => RectificationList)
  @Access(SIGNED_IN)
  rectifications(@Args(() => RectificationListArgs) args: RectificationListArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return rectificationService.list(ctx, args.filter, args, info);
  }

  @Mutation(() => Rectification, { description: 'Orders rectification (整改) of a confirmed record' })
  @Access(...DECIDERS)
  createRectification(@Arg('input', () => CreateRectificationInput) input: CreateRectificationInput, @Ctx() ctx: AppContext) {
    return rectificationService.create(ctx, input);
  }

  @Mutation(() => Rectification, { description: 'Reports progress, or completion, of a rectification' })
  @Access(Role.ADMIN, Role.DISCIPLINE, Role.UNIT_REPORTER)
  reportRectificationProgress(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => RectificationProgressInput) input: RectificationProgressInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return rectificationService.progress(ctx, id, input, version);
  }

  @Mutation(() => Rectification, { description: 'Accepts a completed rectification, or sends it back' })
  @Access(...DECIDERS)
  verifyRectification(
    @Arg('id', () => ID) id: string,
    @Arg('accepted', () => Boolean) accepted: boolean,
    @Arg('note', () => String, { defaultValue: '' }) note: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return rectificationService.verify(ctx, id, accepted, note, version);
  }

  @FieldResolver(() => DishonestyRecord)
  record(@Root() r: Rectification) {
    return r.record.load();
  }

  @FieldResolver(() => Unit)
  responsibleUnit(@Root() r: Rectification) {
    return r.responsibleUnit.load();
  }

  @FieldResolver(() => Person, { nullable: true })
  responsiblePerson(@Root() r: Rectification) {
    return r.responsiblePerson ? r.responsiblePerson.load() : null;
  }
}
