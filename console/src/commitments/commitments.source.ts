import {
  CommitmentCreateDocument,
  CommitmentListDocument,
  CommitmentOneDocument,
  CommitmentUpdateDocument,
  type CommitmentCreateMutation,
  type CommitmentCreateMutationVariables,
  type CommitmentFilter,
  type CommitmentKind,
  type CommitmentListQuery,
  type CommitmentListQueryVariables,
  type CommitmentOneQuery,
  type CommitmentOneQueryVariables,
  type CommitmentRecordFragment,
  type CommitmentSortField,
  type CommitmentUpdateMutation,
  type CommitmentUpdateMutationVariables,
} from '../generated/graphql';
import { COMMITMENT_KINDS, COMMITMENT_STATUSES, SUBJECT_TYPES } from '../common/enums';
import { subjectIds, subjectInput, withSubjectErrors, type SubjectForm, type SubjectIds } from '../common/subject';
import { changedFields, compact, filterEnum, filterText, optional } from '../providers/record-utils';
import type { ResourceSource } from '../providers/resource-source';

/** A commitment as the screens see it: subject and section flattened to the inputs' names. */
export type CommitmentRecord = CommitmentRecordFragment & SubjectIds & { responsibleSectionId: string | null };

/** The values of the commitment form (CommitmentInputs); the subject is chosen once, at creation. */
interface CommitmentForm extends SubjectForm {
  kind: CommitmentKind;
  content: string;
  beneficiary?: string | null;
  madeOn: string;
  dueOn: string;
  evidence?: string[] | null;
  responsibleSectionId?: string | null;
}

const EDITABLE = [
  'kind',
  'content',
  'beneficiary',
  'madeOn',
  'dueOn',
  'evidence',
  'responsibleSectionId',
] as const satisfies readonly (keyof CommitmentForm)[];

const SORT: Record<string, CommitmentSortField> = {
  subjectName: 'SUBJECT_NAME',
  madeOn: 'MADE_ON',
  dueOn: 'DUE_ON',
  status: 'STATUS',
  createdAt: 'CREATED_AT',
};

const toRecord = (c: CommitmentRecordFragment): CommitmentRecord => ({
  ...c,
  ...subjectIds(c),
  responsibleSectionId: c.responsibleSection?.id ?? null,
});

function filterOf(f: Record<string, unknown>): CommitmentFilter {
  const status = filterEnum(f.status, COMMITMENT_STATUSES);
  const kind = filterEnum(f.kind, COMMITMENT_KINDS);
  return compact({
    q: filterText(f.q),
    statuses: status ? [status] : undefined,
    kinds: kind ? [kind] : undefined,
    subjectType: filterEnum(f.subjectType, SUBJECT_TYPES),
    subjectId: filterText(f.subjectId),
    unitId: filterText(f.unitId),
    dueFrom: filterText(f.dueFrom),
    dueTo: filterText(f.dueTo),
  });
}

export const commitmentsSource: ResourceSource<CommitmentRecord> = {
  async list(gql, { offset, limit, sort, filter }) {
    const field = sort && SORT[sort.field];
    const data = await gql.query<CommitmentListQuery, CommitmentListQueryVariables>(CommitmentListDocument, {
      filter: filterOf(filter),
      sort: field ? { field, order: sort.order } : undefined,
      offset,
      limit,
    });
    return { items: data.commitments.items.map(toRecord), total: data.commitments.total };
  },

  async one(gql, id) {
    const data = await gql.query<CommitmentOneQuery, CommitmentOneQueryVariables>(CommitmentOneDocument, { id: String(id) });
    return toRecord(data.commitment);
  },

  async create(gql, data) {
    const form = data as unknown as CommitmentForm;
    return withSubjectErrors(form, async () => {
      const result = await gql.mutate<CommitmentCreateMutation, CommitmentCreateMutationVariables>(CommitmentCreateDocument, {
        input: {
          ...subjectInput(form),
          kind: form.kind,
          content: form.content,
          beneficiary: optional(form.beneficiary),
          madeOn: form.madeOn,
          dueOn: form.dueOn,
          evidence: form.evidence?.length ? form.evidence : undefined,
          responsibleSectionId: optional(form.responsibleSectionId),
        },
      });
      return toRecord(result.createCommitment);
    });
  },

  async update(gql, id, data, previous) {
    const result = await gql.mutate<CommitmentUpdateMutation, CommitmentUpdateMutationVariables>(CommitmentUpdateDocument, {
      id: String(id),
      input: changedFields(data as unknown as CommitmentForm, previous as Partial<CommitmentForm>, EDITABLE),
      version: previous.version,
    });
    return toRecord(result.updateCommitment);
  },
};
