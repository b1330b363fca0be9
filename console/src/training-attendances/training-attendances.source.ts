import {
  TrainingAttendanceListDocument,
  TrainingAttendanceUpdateDocument,
  type TrainingAttendanceFilter,
  type TrainingAttendanceListQuery,
  type TrainingAttendanceRecordFragment,
  type TrainingAttendanceUpdateMutation,
  type TrainingAttendanceUpdateMutationVariables,
  type UpdateAttendanceInput,
} from '../generated/graphql';
import { ATTENDANCE_STATUSES } from '../common/enums';
import { oneOf, querySource } from '../providers/query-source';
import { changedFields, compact, filterEnum, filterText } from '../providers/record-utils';
import type { ResourceSource } from '../providers/resource-source';
import { filterYear } from '../training-sessions/training-sessions.source';

export type TrainingAttendanceRecord = TrainingAttendanceRecordFragment;

const EDITABLE = ['status', 'hours', 'examScore', 'note'] as const satisfies readonly (keyof UpdateAttendanceInput)[];

const filterOf = (f: Record<string, unknown>): TrainingAttendanceFilter =>
  compact({
    sessionId: filterText(f.sessionId),
    personId: filterText(f.personId),
    unitId: filterText(f.unitId),
    statuses: oneOf(filterEnum(f.status, ATTENDANCE_STATUSES)),
    year: filterYear(f.year),
  });

/** Attendance is read in lists (of a session, a person, a unit) and corrected in place; it has no page of its own. */
export const trainingAttendancesSource: ResourceSource<TrainingAttendanceRecord> = {
  ...querySource({
    listDocument: TrainingAttendanceListDocument,
    page: (d: TrainingAttendanceListQuery) => d.trainingAttendances,
    toRecord: (a: TrainingAttendanceRecordFragment) => a,
    filterOf,
  }),

  async update(gql, id, data, previous) {
    const form = data as UpdateAttendanceInput;
    const before = { ...previous, hours: previous.hoursAttended } as Partial<UpdateAttendanceInput>;
    const result = await gql.mutate<TrainingAttendanceUpdateMutation, TrainingAttendanceUpdateMutationVariables>(
      TrainingAttendanceUpdateDocument,
      { id: String(id), input: changedFields(form, before, EDITABLE), version: previous.version },
    );
    return result.updateTrainingAttendance;
  },
};
