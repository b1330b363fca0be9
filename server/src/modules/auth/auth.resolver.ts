import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Access, PUBLIC, SIGNED_IN } from '../../app/access';
import type { AppContext } from '../../app/context';
import { ListOf } from '../../app/list';
import { Role } from '../../app/roles';
import { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';
import { CreateUserInput, UpdateUserInput, UserListArgs } from './auth.input';
import { authService } from './auth.service';
import { User } from './user.entity';

@ObjectType()
export class LoginResult {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`' })
  token!: string;

  @Field(() => GraphQLDateTimeISO)
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}

@ObjectType()
export class UserList extends ListOf(User) {}

@Resolver(() => User)
export class AuthResolver {
  @Mutation(() => LoginResult, { description: 'Signs in with user name and password' })
  @Access(PUBLIC)
  login(
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: AppContext,
  ) {
    return authService.login(ctx, username, password);
  }

  @Mutation(() => Int, { description: 'Signs out this session, or every session of the user; returns how many ended' })
  @Access(SIGNED_IN)
  logout(@Arg('everywhere', () => Boolean, { defaultValue: false }) everywhere: boolean, @Ctx() ctx: AppContext) {
    return authService.logout(ctx, everywhere);
  }

  @Query(() => User, { description: 'The signed-in user' })
  @Access(SIGNED_IN)
  me(@Ctx() ctx: AppContext) {
    return authService.me(ctx);
  }

  @Mutation(() => Boolean, { description: 'Changes the own password and signs out other sessions' })
  @Access(SIGNED_IN)
  changeMyPassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: AppContext,
  ) {
    return authService.changeOwnPassword(ctx, currentPassword, newPassword);
  }

  @Query(() => UserList)
  @Access(Role.ADMIN)
  users(@Args(() => UserListArgs) args: UserListArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return authService.listUsers(ctx, args, info);
  }

  @Query(() => User)
  @Access(Role.ADMIN)
  user(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return authService.getUser(ctx, id);
  }

  @Mutation(() => User)
  @Access(Role.ADMIN)
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: AppContext) {
    return authService.createUser(ctx, input);
  }

  @Mutation(() => User)
  @Access(Role.ADMIN)
  updateUser(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return authService.updateUser(ctx, id, input, version);
  }

  @Mutation(() => Boolean, { description: "Sets a new password and signs the user out everywhere" })
  @Access(Role.ADMIN)
  resetUserPassword(
    @Arg('id', () => ID) id: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: AppContext,
  ) {
    return authService.resetPassword(ctx, id, newPassword);
  }

  @FieldResolver(() => Unit, { nullable: true })
  unit(@Root() user: User) {
    return user.unit ? user.unit.load() : null;
  }

  @FieldResolver(() => Person, { nullable: true })
  person(@Root() user: User) {
    return user.person ? user.person.load() : null;
  }
}
