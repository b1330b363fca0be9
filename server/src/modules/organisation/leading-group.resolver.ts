import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Access } from '../../app/access';
import type { AppContext } from '../../app/context';
import { ListOf } from '../../app/list';
import { BUREAU_READERS, Role } from '../../app/roles';
import { LeadingGroup, LeadingGroupMember } from './leading-group.entity';
import {
  CreateLeadingGroupInput,
  CreateLeadingGroupMemberInput,
  LeadingGroupListArgs,
  UpdateLeadingGroupInput,
  UpdateLeadingGroupMemberInput,
} from './leading-group.input';
import { leadingGroupService } from './leading-group.service';
import { Person } from './person.entity';
import { Unit } from './unit.entity';

@ObjectType()
export class LeadingGroupList extends ListOf(LeadingGroup) {}

@Resolver(() => LeadingGroup)
export class LeadingGroupResolver {
  @Query(() => LeadingGroupList)
  @Access(...BUREAU_READERS)
  leadingGroups(@Args(() => LeadingGroupListArgs) args: LeadingGroupListArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return leadingGroupService.list(ctx, args, info);
  }

  @Query(() => LeadingGroup)
  @Access(...BUREAU_READERS)
  leadingGroup(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return leadingGroupService.get(ctx, id);
  }

  @Mutation(() => LeadingGroup)
  @Access(Role.ADMIN, Role.OFFICE)
  createLeadingGroup(@Arg('input', () => CreateLeadingGroupInput) input: CreateLeadingGroupInput, @Ctx() ctx: AppContext) {
    return leadingGroupService.create(ctx, input);
  }

  @Mutation(() => LeadingGroup)
  @Access(Role.ADMIN, Role.OFFICE)
  updateLeadingGroup(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateLeadingGroupInput) input: UpdateLeadingGroupInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return leadingGroupService.update(ctx, id, input, version);
  }

  @Mutation(() => LeadingGroupMember)
  @Access(Role.ADMIN, Role.OFFICE)
  addLeadingGroupMember(
    @Arg('input', () => CreateLeadingGroupMemberInput) input: CreateLeadingGroupMemberInput,
    @Ctx() ctx: AppContext,
  ) {
    return leadingGroupService.addMember(ctx, input);
  }

  @Mutation(() => LeadingGroupMember)
  @Access(Role.ADMIN, Role.OFFICE)
  updateLeadingGroupMember(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateLeadingGroupMemberInput) input: UpdateLeadingGroupMemberInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return leadingGroupService.updateMember(ctx, id, input, version);
  }

  @Mutation(() => ID, { description: 'Removes a membership entered by mistake; end the term to record a departure' })
  @Access(Role.ADMIN, Role.OFFICE)
  removeLeadingGroupMember(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return leadingGroupService.removeMember(ctx, id);
  }

  @FieldResolver(() => [LeadingGroupMember], { description: 'Leader first, then deputies, then members' })
  members(
    @Root() group: LeadingGroup,
    @Arg('currentOnly', () => Boolean, { defaultValue: true }) currentOnly: boolean,
    @Ctx() ctx: AppContext,
  ) {
    return leadingGroupService.members(ctx, group, currentOnly);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Section that runs the group office' })
  officeUnit(@Root() group: LeadingGroup) {
    return group.officeUnit ? group.officeUnit.load() : null;
  }
}

@Resolver(() => LeadingGroupMember)
export class LeadingGroupMemberResolver {
  @FieldResolver(() => Person)
  person(@Root() member: LeadingGroupMember) {
    return member.person.load();
  }

  @FieldResolver(() => LeadingGroup)
  group(@Root() member: LeadingGroupMember) {
    return member.group.load();
  }
}
