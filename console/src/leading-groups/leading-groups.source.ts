import {
  LeadingGroupCreateDocument,
  LeadingGroupListDocument,
  LeadingGroupOneDocument,
  LeadingGroupUpdateDocument,
  type LeadingGroupCreateMutation,
  type LeadingGroupCreateMutationVariables,
  type LeadingGroupListQuery,
  type LeadingGroupListQueryVariables,
  type LeadingGroupOneQuery,
  type LeadingGroupOneQueryVariables,
  type LeadingGroupRecordFragment,
  type LeadingGroupSortField,
  type LeadingGroupUpdateMutation,
  type LeadingGroupUpdateMutationVariables,
} from '../generated/graphql';
import { changedFields, compact, filterIds, filterText, optional } from '../providers/record-utils';
import type { ResourceSource } from '../providers/resource-source';

/** A leading group; `members` is only loaded for a single group (the show page). */
export type LeadingGroupRecord = LeadingGroupRecordFragment & {
  officeUnitId: string | null;
  members?: LeadingGroupOneQuery['leadingGroup']['members'];
};

interface LeadingGroupForm {
  name: string;
  documentNumber?: string | null;
  establishedOn?: string | null;
  duties?: string | null;
  officeUnitId?: string | null;
}

const EDITABLE = ['name', 'documentNumber', 'establishedOn', 'duties', 'officeUnitId'] as const satisfies readonly (keyof LeadingGroupForm)[];

const SORT: Record<string, LeadingGroupSortField> = {
  name: 'NAME',
  establishedOn: 'ESTABLISHED_ON',
  createdAt: 'CREATED_AT',
};

const toRecord = (group: LeadingGroupRecordFragment & Pick<LeadingGroupRecord, 'members'>): LeadingGroupRecord => ({
  ...group,
  officeUnitId: group.officeUnit?.id ?? null,
});

export const leadingGroupsSource: ResourceSource<LeadingGroupRecord> = {
  async list(gql, { offset, limit, sort, filter }) {
    const field = sort && SORT[sort.field];
    const data = await gql.query<LeadingGroupListQuery, LeadingGroupListQueryVariables>(LeadingGroupListDocument, {
      filter: compact({ q: filterText(filter.q), ids: filterIds(filter.ids) }),
      sort: field ? { field, order: sort.order } : undefined,
      offset,
      limit,
    });
    return { items: data.leadingGroups.items.map(toRecord), total: data.leadingGroups.total };
  },

  async one(gql, id) {
    const data = await gql.query<LeadingGroupOneQuery, LeadingGroupOneQueryVariables>(LeadingGroupOneDocument, {
      id: String(id),
    });
    return toRecord(data.leadingGroup);
  },

  async many(gql, ids) {
    const data = await gql.query<LeadingGroupListQuery, LeadingGroupListQueryVariables>(LeadingGroupListDocument, {
      filter: { ids: ids.map(String) },
      limit: Math.max(1, Math.min(ids.length, 100)),
    });
    return data.leadingGroups.items.map(toRecord);
  },

  async create(gql, data) {
    const form = data as unknown as LeadingGroupForm;
    const result = await gql.mutate<LeadingGroupCreateMutation, LeadingGroupCreateMutationVariables>(
      LeadingGroupCreateDocument,
      {
        input: {
          name: form.name,
          documentNumber: optional(form.documentNumber),
          establishedOn: optional(form.establishedOn),
          duties: optional(form.duties),
          officeUnitId: optional(form.officeUnitId),
        },
      },
    );
    return toRecord(result.createLeadingGroup);
  },

  async update(gql, id, data, previous) {
    const result = await gql.mutate<LeadingGroupUpdateMutation, LeadingGroupUpdateMutationVariables>(
      LeadingGroupUpdateDocument,
      {
        id: String(id),
        input: changedFields(data as unknown as LeadingGroupForm, previous as Partial<LeadingGroupForm>, EDITABLE),
        version: previous.version,
      },
    );
    return toRecord(result.updateLeadingGroup);
  },
};
