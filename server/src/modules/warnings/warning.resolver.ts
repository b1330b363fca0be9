import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ArrayMaxSize, IsOptional, IsUUID } from 'class-validator';
import { Access, SIGNED_IN } from '../../app/access';
import type { AppContext } from '../../app/context';
import { PageArgs } from '../../app/list';
import { Role } from '../../app/roles';
import { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';
import { Notification } from './notification.entity';
import { warningService } from './warning.service';
import { Warning, WarningBoard, WarningLevel } from './warning.types';
import { runWarningScan } from '../../jobs/warning-scan.job';

@ArgsType()
class WarningArgs extends PageArgs {
  @Field(() => [WarningLevel], { nullable: true })
  levels?: WarningLevel[];

  @Field(() => [String], { nullable: true, description: 'WarningKind values' })
  @IsOptional()
  @ArrayMaxSize(20)
  kinds?: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string;
}

@ArgsType()
class NotificationArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false })
  unreadOnly: boolean = false;
}

@ObjectType()
export class NotificationList {
  @Field(() => [Notification]) items!: Notification[];
  @Field(() => Int) total!: number;
  @Field(() => Int) unread!: number;
}

@ObjectType()
export class WarningScanReport {
  @Field(() => Boolean, { description: 'False when another instance was scanning' }) ran!: boolean;
  @Field(() => Int) warnings!: number;
  @Field(() => Int) notificationsCreated!: number;
}

@Resolver(() => Warning)
export class WarningResolver {
  @Query(() => WarningBoard, { description: '监测预警: items past 80% of their time limit (yellow) or overdue (red)' })
  @Access(SIGNED_IN)
  warnings(@Args(() => WarningArgs) args: WarningArgs, @Ctx() ctx: AppContext) {
    return warningService.board(ctx, args, args.offset, args.limit);
  }

  @Query(() => NotificationList, { description: 'The signed-in user’s notifications, newest first' })
  @Access(SIGNED_IN)
  myNotifications(@Args(() => NotificationArgs) args: NotificationArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return warningService.myNotifications(ctx, args.unreadOnly, args.offset, args.limit, info);
  }

  @Mutation(() => Int, { description: 'Marks the given (or all) own notifications read; returns how many' })
  @Access(SIGNED_IN)
  markNotificationsRead(@Arg('ids', () => [ID], { nullable: true }) ids: string[] | undefined, @Ctx() ctx: AppContext) {
    return warningService.markRead(ctx, ids);
  }

  @Mutation(() => WarningScanReport, { description: 'Computes warnings and notifies now instead of waiting for the schedule' })
  @Access(Role.ADMIN)
  runWarningScan(@Ctx() ctx: AppContext) {
    return runWarningScan({ em: ctx.em });
  }

  @FieldResolver(() => Unit)
  responsibleUnit(@Root() w: Warning, @Ctx() ctx: AppContext) {
    return ctx.em.getReference(Unit, w.responsibleUnitId, { wrapped: true }).load();
  }

  @FieldResolver(() => Person, { nullable: true })
  responsiblePerson(@Root() w: Warning, @Ctx() ctx: AppContext) {
    return w.responsiblePersonId ? ctx.em.getReference(Person, w.responsiblePersonId, { wrapped: true }).load() : null;
  }
}
