import {
  SupervisionTaskCreateDocument,
  SupervisionTaskListDocument,
  SupervisionTaskOneDocument,
  SupervisionTaskUpdateDocument,
  type SupervisionTaskCreateMutation,
  type SupervisionTaskCreateMutationVariables,
  type SupervisionTaskFilter,
  type SupervisionTaskListQuery,
  type SupervisionTaskOneQuery,
  type SupervisionTaskRecordFragment,
  type SupervisionTaskSortField,
  type SupervisionTaskUpdateMutation,
} from '../generated/graphql';
import { SUPERVISION_TASK_STATUSES } from '../common/enums';
import { createVia, idOf, oneOf, querySource, updateVia } from '../providers/query-source';
import { compact, filterBool, filterEnum, filterText, optional } from '../providers/record-utils';
import type { ResourceSource } from '../providers/resource-source';

/** A supervision task as the screens see it: related records flattened to the inputs' names. */
export type SupervisionTaskRecord = SupervisionTaskRecordFragment & {
  assignedUnitId: string;
  responsiblePersonId: string | null;
  leadingGroupId: string | null;
};

/** The values of the task form (SupervisionTaskInputs); the unit and the group are chosen once, at creation. */
interface SupervisionTaskForm {
  title: string;
  requirement: string;
  assignedUnitId: string;
  responsiblePersonId?: string | null;
  leadingGroupId?: string | null;
  assignedOn?: string | null;
  dueOn: string;
}

const EDITABLE = ['title', 'requirement', 'dueOn', 'responsiblePersonId'] as const satisfies readonly (keyof SupervisionTaskForm)[];

const toRecord = (t: SupervisionTaskRecordFragment): SupervisionTaskRecord => ({
  ...t,
  assignedUnitId: t.assignedUnit.id,
  responsiblePersonId: idOf(t.responsiblePerson),
  leadingGroupId: idOf(t.leadingGroup),
});

const filterOf = (f: Record<string, unknown>): SupervisionTaskFilter =>
  compact({
    q: filterText(f.q),
    statuses: oneOf(filterEnum(f.status, SUPERVISION_TASK_STATUSES)),
    unitId: filterText(f.unitId),
    overdue: filterBool(f.overdue),
    dueFrom: filterText(f.dueFrom),
    dueTo: filterText(f.dueTo),
  });

export const supervisionTasksSource: ResourceSource<SupervisionTaskRecord> = {
  ...querySource({
    listDocument: SupervisionTaskListDocument,
    page: (d: SupervisionTaskListQuery) => d.supervisionTasks,
    oneDocument: SupervisionTaskOneDocument,
    single: (d: SupervisionTaskOneQuery) => d.supervisionTask,
    toRecord,
    filterOf,
    sort: {
      assignedOn: 'ASSIGNED_ON',
      dueOn: 'DUE_ON',
      status: 'STATUS',
      score: 'SCORE',
      createdAt: 'CREATED_AT',
    } satisfies Record<string, SupervisionTaskSortField>,
  }),

  create: createVia({
    document: SupervisionTaskCreateDocument,
    input: (form: SupervisionTaskForm): SupervisionTaskCreateMutationVariables['input'] => ({
      title: form.title,
      requirement: form.requirement,
      assignedUnitId: form.assignedUnitId,
      responsiblePersonId: optional(form.responsiblePersonId),
      leadingGroupId: optional(form.leadingGroupId),
      assignedOn: optional(form.assignedOn),
      dueOn: form.dueOn,
    }),
    created: (d: SupervisionTaskCreateMutation) => toRecord(d.createSupervisionTask),
  }),

  update: updateVia({
    document: SupervisionTaskUpdateDocument,
    editable: EDITABLE,
    updated: (d: SupervisionTaskUpdateMutation) => toRecord(d.updateSupervisionTask),
  }),
};
