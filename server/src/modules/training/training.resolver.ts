import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Access, SIGNED_IN } from '../../app/access';
import { today } from '../../app/clock';
import type { AppContext } from '../../app/context';
import { ListOf } from '../../app/list';
import { IntegrityFile } from '../credit/integrity-file.service';
import { SubjectType } from '../credit/credit.enums';
import { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';
import { TrainingAttendance, TrainingPolicy, TrainingSession } from './training.entity';
import {
  CreateTrainingSessionInput,
  RecordAttendanceInput,
  TrainingAttendanceListArgs,
  TrainingHoursArgs,
  TrainingSessionListArgs,
  UpdateAttendanceInput,
  UpdateTrainingPolicyInput,
  UpdateTrainingSessionInput,
} from './training.input';
import { ATTENDANCE_RECORDERS, TRAINING_MANAGERS } from './training.roles';
import { trainingService } from './training.service';
import { PersonTraining, TrainingHoursList, TrainingReminder } from './training.types';

@ObjectType()
export class TrainingSessionList extends ListOf(TrainingSession) {}

@ObjectType()
export class TrainingAttendanceList extends ListOf(TrainingAttendance) {}

const thisYear = () => Number(today().slice(0, 4));

@Resolver(() => TrainingSession)
export class TrainingSessionResolver {
  @Query(() => TrainingSessionList, { description: '诚信教育 sessions' })
  @Access(SIGNED_IN)
  trainingSessions(@Args(() => TrainingSessionListArgs) args: TrainingSessionListArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return trainingService.sessions(ctx, args, info);
  }

  @Query(() => TrainingSession)
  @Access(SIGNED_IN)
  trainingSession(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return trainingService.session(ctx, id);
  }

  @Mutation(() => TrainingSession)
  @Access(...TRAINING_MANAGERS)
  createTrainingSession(@Arg('input', () => CreateTrainingSessionInput) input: CreateTrainingSessionInput, @Ctx() ctx: AppContext) {
    return trainingService.createSession(ctx, input);
  }

  @Mutation(() => TrainingSession)
  @Access(...TRAINING_MANAGERS)
  updateTrainingSession(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateTrainingSessionInput) input: UpdateTrainingSessionInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return trainingService.updateSession(ctx, id, input, version);
  }

  @Query(() => TrainingHoursList, { description: 'Each active member of staff’s hours in the year against the minimum' })
  @Access(SIGNED_IN)
  trainingHours(@Args(() => TrainingHoursArgs) args: TrainingHoursArgs, @Ctx() ctx: AppContext) {
    return trainingService.hours(ctx, args);
  }

  @Query(() => [TrainingReminder], { description: '学时提醒: per unit, the staff below the yearly minimum' })
  @Access(SIGNED_IN)
  trainingReminders(@Arg('year', () => Int) year: number, @Ctx() ctx: AppContext) {
    return trainingService.reminders(ctx, year);
  }

  @Query(() => TrainingPolicy, { description: 'The yearly minimum of integrity-education hours' })
  @Access(SIGNED_IN)
  trainingPolicy(@Ctx() ctx: AppContext) {
    return trainingService.policy(ctx.em);
  }

  @Mutation(() => TrainingPolicy)
  @Access(...TRAINING_MANAGERS)
  updateTrainingPolicy(
    @Arg('input', () => UpdateTrainingPolicyInput) input: UpdateTrainingPolicyInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return trainingService.updatePolicy(ctx, input, version);
  }

  @FieldResolver(() => Unit, { description: 'The organising section' })
  organiser(@Root() s: TrainingSession) {
    return s.organiser.load();
  }

  @FieldResolver(() => [TrainingAttendance], { description: 'Attendance the caller may see' })
  attendances(@Root() s: TrainingSession, @Ctx() ctx: AppContext) {
    return trainingService.attendanceOf(ctx, s);
  }
}

@Resolver(() => TrainingAttendance)
export class TrainingAttendanceResolver {
  @Query(() => TrainingAttendanceList, { description: 'Attendance records the caller may see (a unit reporter: its own staff)' })
  @Access(SIGNED_IN)
  trainingAttendances(@Args(() => TrainingAttendanceListArgs) args: TrainingAttendanceListArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return trainingService.attendances(ctx, args, info);
  }

  @Mutation(() => [TrainingAttendance], { description: 'Records who attended a session (a unit reporter: its own staff)' })
  @Access(...ATTENDANCE_RECORDERS)
  recordTrainingAttendance(@Arg('input', () => RecordAttendanceInput) input: RecordAttendanceInput, @Ctx() ctx: AppContext) {
    return trainingService.record(ctx, input);
  }

  @Mutation(() => TrainingAttendance, { description: 'Corrects an attendance record or adds the exam score' })
  @Access(...ATTENDANCE_RECORDERS)
  updateTrainingAttendance(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateAttendanceInput) input: UpdateAttendanceInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AppContext,
  ) {
    return trainingService.updateAttendance(ctx, id, input, version);
  }

  @FieldResolver(() => TrainingSession)
  session(@Root() a: TrainingAttendance) {
    return a.session.load();
  }

  @FieldResolver(() => Person)
  person(@Root() a: TrainingAttendance) {
    return a.person.load();
  }

  @FieldResolver(() => Unit, { description: 'The person’s unit when recorded' })
  unit(@Root() a: TrainingAttendance) {
    return a.scopeUnit.load();
  }

  @FieldResolver(() => String, { nullable: true })
  async recordedByName(@Root() a: TrainingAttendance) {
    return a.recordedBy ? ((await a.recordedBy.load())?.displayName ?? null) : null;
  }
}

/** Adds integrity education to a person's integrity file (诚信档案), beside the credit core's fields. */
@Resolver(() => IntegrityFile)
export class IntegrityFileTrainingResolver {
  @FieldResolver(() => PersonTraining, { nullable: true, description: '诚信教育: the person’s sessions and hours in the year (this year by default); empty for a unit' })
  training(@Root() file: IntegrityFile, @Arg('year', () => Int, { nullable: true }) year: number | undefined, @Ctx() ctx: AppContext) {
    if (file.subjectType !== SubjectType.PERSON) return null;
    return trainingService.personYear(ctx.em, file.subjectId, year ?? thisYear());
  }
}
