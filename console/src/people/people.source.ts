import {
  PersonCreateDocument,
  PersonDeleteDocument,
  PersonListDocument,
  PersonOneDocument,
  PersonUpdateDocument,
  type LeadershipRole,
  type PersonCreateMutation,
  type PersonCreateMutationVariables,
  type PersonDeleteMutation,
  type PersonDeleteMutationVariables,
  type PersonFilter,
  type PersonListQuery,
  type PersonListQueryVariables,
  type PersonOneQuery,
  type PersonOneQueryVariables,
  type PersonRecordFragment,
  type PersonSortField,
  type PersonStatus,
  type PersonUpdateMutation,
  type PersonUpdateMutationVariables,
} from '../generated/graphql';
import { LEADERSHIP_ROLES, PERSON_STATUSES } from '../common/enums';
import { changedFields, compact, filterBool, filterEnum, filterIds, filterText, optional } from '../providers/record-utils';
import type { ResourceSource } from '../providers/resource-source';

export type PersonRecord = PersonRecordFragment & { unitId: string };

interface PersonForm {
  name: string;
  staffNumber: string;
  unitId: string;
  position?: string | null;
  leadershipRole?: LeadershipRole | null;
  isCivilServant?: boolean | null;
  status?: PersonStatus | null;
  /** Write-only: the server keeps a keyed hash and never returns the number. */
  nationalId?: string | null;
}

const EDITABLE = [
  'name',
  'staffNumber',
  'unitId',
  'position',
  'leadershipRole',
  'isCivilServant',
  'status',
] as const satisfies readonly (keyof PersonForm)[];

const SORT: Record<string, PersonSortField> = {
  name: 'NAME',
  staffNumber: 'STAFF_NUMBER',
  position: 'POSITION',
  status: 'STATUS',
  createdAt: 'CREATED_AT',
};

const toRecord = (person: PersonRecordFragment): PersonRecord => ({ ...person, unitId: person.unit.id });

function filterOf(f: Record<string, unknown>): PersonFilter {
  const status = filterEnum(f.status, PERSON_STATUSES);
  const leadershipRole = filterEnum(f.leadershipRole, LEADERSHIP_ROLES);
  return compact({
    q: filterText(f.q),
    unitId: filterText(f.unitId),
    isCivilServant: filterBool(f.isCivilServant),
    statuses: status ? [status] : undefined,
    leadershipRoles: leadershipRole ? [leadershipRole] : undefined,
    ids: filterIds(f.ids),
  });
}

export const peopleSource: ResourceSource<PersonRecord> = {
  async list(gql, { offset, limit, sort, filter }) {
    const field = sort && SORT[sort.field];
    const data = await gql.query<PersonListQuery, PersonListQueryVariables>(PersonListDocument, {
      filter: filterOf(filter),
      sort: field ? { field, order: sort.order } : undefined,
      offset,
      limit,
    });
    return { items: data.people.items.map(toRecord), total: data.people.total };
  },

  async one(gql, id) {
    const data = await gql.query<PersonOneQuery, PersonOneQueryVariables>(PersonOneDocument, { id: String(id) });
    return toRecord(data.person);
  },

  async many(gql, ids) {
    const data = await gql.query<PersonListQuery, PersonListQueryVariables>(PersonListDocument, {
      filter: { ids: ids.map(String) },
      limit: Math.max(1, Math.min(ids.length, 100)),
    });
    return data.people.items.map(toRecord);
  },

  async create(gql, data) {
    const form = data as unknown as PersonForm;
    const result = await gql.mutate<PersonCreateMutation, PersonCreateMutationVariables>(PersonCreateDocument, {
      input: {
        name: form.name,
        staffNumber: form.staffNumber,
        unitId: form.unitId,
        position: optional(form.position),
        leadershipRole: optional(form.leadershipRole),
        isCivilServant: form.isCivilServant ?? undefined,
        status: optional(form.status),
        nationalId: optional(form.nationalId),
      },
    });
    return toRecord(result.createPerson);
  },

  async update(gql, id, data, previous) {
    const form = data as unknown as PersonForm;
    const result = await gql.mutate<PersonUpdateMutation, PersonUpdateMutationVariables>(PersonUpdateDocument, {
      id: String(id),
      input: {
        ...changedFields(form, previous as Partial<PersonForm>, EDITABLE),
        // An empty box keeps the stored number; there is nothing to compare it with.
        nationalId: optional(form.nationalId),
      },
      version: previous.version,
    });
    return toRecord(result.updatePerson);
  },

  async remove(gql, id) {
    await gql.mutate<PersonDeleteMutation, PersonDeleteMutationVariables>(PersonDeleteDocument, { id: String(id) });
  },
};
