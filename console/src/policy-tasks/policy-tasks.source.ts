import {
  PolicyTaskCreateDocument,
  PolicyTaskListDocument,
  PolicyTaskOneDocument,
  PolicyTaskUpdateDocument,
  type PolicyTaskCreateMutation,
  type PolicyTaskCreateMutationVariables,
  type PolicyTaskFilter,
  type PolicyTaskListQuery,
  type PolicyTaskOneQuery,
  type PolicyTaskRecordFragment,
  type PolicyTaskSortField,
  type PolicyTaskUpdateMutation,
} from '../generated/graphql';
import { POLICY_TASK_STATUSES } from '../common/enums';
import { createVia, idOf, oneOf, querySource, updateVia } from '../providers/query-source';
import { compact, filterEnum, filterText, optional } from '../providers/record-utils';
import type { ResourceSource } from '../providers/resource-source';

export type PolicyTaskRecord = PolicyTaskRecordFragment & {
  policyId: string;
  leadUnitId: string;
  responsibleUnitIds: string[];
  responsiblePersonId: string | null;
};

/** The values of the task form (PolicyTaskFields); the policy is chosen once. */
interface PolicyTaskForm {
  policyId: string;
  measure: string;
  leadUnitId: string;
  responsibleUnitIds?: string[] | null;
  responsiblePersonId?: string | null;
  deadline: string;
}

const EDITABLE = ['measure', 'leadUnitId', 'responsibleUnitIds', 'responsiblePersonId', 'deadline'] as const satisfies readonly (keyof PolicyTaskForm)[];

const toRecord = (t: PolicyTaskRecordFragment): PolicyTaskRecord => ({
  ...t,
  policyId: t.policy.id,
  leadUnitId: t.leadUnit.id,
  responsibleUnitIds: t.responsibleUnits.map((u) => u.id),
  responsiblePersonId: idOf(t.responsiblePerson),
});

const filterOf = (f: Record<string, unknown>): PolicyTaskFilter =>
  compact({
    q: filterText(f.q),
    policyId: filterText(f.policyId),
    statuses: oneOf(filterEnum(f.status, POLICY_TASK_STATUSES)),
    unitId: filterText(f.unitId),
    deadlineBefore: filterText(f.deadlineBefore),
  });

export const policyTasksSource: ResourceSource<PolicyTaskRecord> = {
  ...querySource({
    listDocument: PolicyTaskListDocument,
    page: (d: PolicyTaskListQuery) => d.policyTasks,
    oneDocument: PolicyTaskOneDocument,
    single: (d: PolicyTaskOneQuery) => d.policyTask,
    toRecord,
    filterOf,
    sort: { assignedOn: 'ASSIGNED_ON', deadline: 'DEADLINE', status: 'STATUS', createdAt: 'CREATED_AT' } satisfies Record<
      string,
      PolicyTaskSortField
    >,
  }),

  create: createVia({
    document: PolicyTaskCreateDocument,
    input: (form: PolicyTaskForm): PolicyTaskCreateMutationVariables['input'] => ({
      policyId: form.policyId,
      measure: form.measure,
      leadUnitId: form.leadUnitId,
      responsibleUnitIds: form.responsibleUnitIds?.length ? form.responsibleUnitIds : undefined,
      responsiblePersonId: optional(form.responsiblePersonId),
      deadline: form.deadline,
    }),
    created: (d: PolicyTaskCreateMutation) => toRecord(d.createPolicyTask),
  }),

  update: updateVia({
    document: PolicyTaskUpdateDocument,
    editable: EDITABLE,
    updated: (d: PolicyTaskUpdateMutation) => toRecord(d.updatePolicyTask),
  }),
};
