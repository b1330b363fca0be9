import {
  UnitCreateDocument,
  UnitDeleteDocument,
  UnitListDocument,
  UnitOneDocument,
  UnitUpdateDocument,
  type PlanArea,
  type UnitCreateMutation,
  type UnitCreateMutationVariables,
  type UnitDeleteMutation,
  type UnitDeleteMutationVariables,
  type UnitFilter,
  type UnitKind,
  type UnitListQuery,
  type UnitListQueryVariables,
  type UnitOneQuery,
  type UnitOneQueryVariables,
  type UnitRecordFragment,
  type UnitSortField,
  type UnitUpdateMutation,
  type UnitUpdateMutationVariables,
} from '../generated/graphql';
import { PLAN_AREAS, UNIT_KINDS } from '../common/enums';
import { changedFields, compact, filterBool, filterEnum, filterIds, filterText, optional } from '../providers/record-utils';
import type { ResourceSource } from '../providers/resource-source';

/** A unit as the screens see it: references flattened to the input names the server reports errors on. */
export type UnitRecord = UnitRecordFragment & { parentId: string | null; headId: string | null };

/** The values of the unit form (UnitInputs). */
interface UnitForm {
  code: string;
  name: string;
  shortName?: string | null;
  kind: UnitKind;
  parentId?: string | null;
  headId?: string | null;
  responsibleAreas?: PlanArea[] | null;
  phone?: string | null;
  active?: boolean | null;
  sortOrder?: number | null;
}

const EDITABLE = [
  'code',
  'name',
  'shortName',
  'kind',
  'parentId',
  'headId',
  'responsibleAreas',
  'phone',
  'active',
  'sortOrder',
] as const satisfies readonly (keyof UnitForm)[];

const SORT: Record<string, UnitSortField> = {
  code: 'CODE',
  name: 'NAME',
  kind: 'KIND',
  sortOrder: 'SORT_ORDER',
  createdAt: 'CREATED_AT',
};

const toRecord = (unit: UnitRecordFragment): UnitRecord => ({
  ...unit,
  parentId: unit.parent?.id ?? null,
  headId: unit.head?.id ?? null,
});

function filterOf(f: Record<string, unknown>): UnitFilter {
  const kind = filterEnum(f.kind, UNIT_KINDS);
  return compact({
    q: filterText(f.q),
    kinds: kind ? [kind] : undefined,
    active: filterBool(f.active),
    parentId: filterText(f.parentId),
    responsibleArea: filterEnum(f.responsibleArea, PLAN_AREAS),
    ids: filterIds(f.ids),
  });
}

export const unitsSource: ResourceSource<UnitRecord> = {
  async list(gql, { offset, limit, sort, filter }) {
    const field = sort && SORT[sort.field];
    const data = await gql.query<UnitListQuery, UnitListQueryVariables>(UnitListDocument, {
      filter: filterOf(filter),
      sort: field ? { field, order: sort.order } : undefined,
      offset,
      limit,
    });
    return { items: data.units.items.map(toRecord), total: data.units.total };
  },

  async one(gql, id) {
    const data = await gql.query<UnitOneQuery, UnitOneQueryVariables>(UnitOneDocument, { id: String(id) });
    return toRecord(data.unit);
  },

  async many(gql, ids) {
    const data = await gql.query<UnitListQuery, UnitListQueryVariables>(UnitListDocument, {
      filter: { ids: ids.map(String) },
      limit: Math.max(1, Math.min(ids.length, 100)),
    });
    return data.units.items.map(toRecord);
  },

  async create(gql, data) {
    const form = data as unknown as UnitForm;
    const result = await gql.mutate<UnitCreateMutation, UnitCreateMutationVariables>(UnitCreateDocument, {
      input: {
        code: form.code,
        name: form.name,
        kind: form.kind,
        shortName: optional(form.shortName),
        parentId: optional(form.parentId),
        headId: optional(form.headId),
        responsibleAreas: form.responsibleAreas ?? undefined,
        phone: optional(form.phone),
        active: form.active ?? undefined,
        sortOrder: form.sortOrder ?? undefined,
      },
    });
    return toRecord(result.createUnit);
  },

  async update(gql, id, data, previous) {
    const result = await gql.mutate<UnitUpdateMutation, UnitUpdateMutationVariables>(UnitUpdateDocument, {
      id: String(id),
      input: changedFields(data as unknown as UnitForm, previous as Partial<UnitForm>, EDITABLE),
      version: previous.version,
    });
    return toRecord(result.updateUnit);
  },

  async remove(gql, id) {
    await gql.mutate<UnitDeleteMutation, UnitDeleteMutationVariables>(UnitDeleteDocument, { id: String(id) });
  },
};
