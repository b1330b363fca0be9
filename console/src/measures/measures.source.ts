import {
  MeasureCreateDocument,
  MeasureListDocument,
  MeasureOneDocument,
  MeasureUpdateDocument,
  type MeasureCreateMutation,
  type MeasureCreateMutationVariables,
  type MeasureEffect,
  type MeasureKind,
  type MeasureListQuery,
  type MeasureListQueryVariables,
  type MeasureOneQuery,
  type MeasureOneQueryVariables,
  type MeasureRecordFragment,
  type MeasureUpdateMutation,
  type MeasureUpdateMutationVariables,
  type RecordCategory,
  type Severity,
  type SubjectType,
} from '../generated/graphql';
import { MEASURE_KINDS } from '../common/enums';
import { changedFields, filterBool, filterEnum, optional } from '../providers/record-utils';
import type { ResourceSource } from '../providers/resource-source';

export type MeasureRecord = MeasureRecordFragment;

/** The values of the measure form (MeasureInputs); code and kind are fixed once created. */
interface MeasureForm {
  code: string;
  name: string;
  kind: MeasureKind;
  effect?: MeasureEffect | null;
  description?: string | null;
  automatic?: boolean | null;
  subjectTypes?: SubjectType[] | null;
  categories?: RecordCategory[] | null;
  minSeverity?: Severity | null;
  appliesWhenMitigated?: boolean | null;
  durationMonths?: number | null;
  active?: boolean | null;
}

const EDITABLE = [
  'name',
  'effect',
  'description',
  'automatic',
  'subjectTypes',
  'categories',
  'minSeverity',
  'appliesWhenMitigated',
  'durationMonths',
  'active',
] as const satisfies readonly (keyof MeasureForm)[];

export const measuresSource: ResourceSource<MeasureRecord> = {
  // The catalogue comes in the server's order (kind, then code); it filters by kind and use only.
  async list(gql, { offset, limit, filter }) {
    const data = await gql.query<MeasureListQuery, MeasureListQueryVariables>(MeasureListDocument, {
      kind: filterEnum(filter.kind, MEASURE_KINDS),
      active: filterBool(filter.active),
      offset,
      limit,
    });
    return { items: data.measures.items, total: data.measures.total };
  },

  async one(gql, id) {
    const data = await gql.query<MeasureOneQuery, MeasureOneQueryVariables>(MeasureOneDocument, { id: String(id) });
    return data.measure;
  },

  async create(gql, data) {
    const form = data as unknown as MeasureForm;
    const result = await gql.mutate<MeasureCreateMutation, MeasureCreateMutationVariables>(MeasureCreateDocument, {
      input: {
        code: form.code,
        name: form.name,
        kind: form.kind,
        effect: optional(form.effect),
        description: optional(form.description),
        automatic: form.automatic ?? undefined,
        subjectTypes: form.subjectTypes ?? undefined,
        categories: form.categories ?? undefined,
        minSeverity: optional(form.minSeverity),
        appliesWhenMitigated: form.appliesWhenMitigated ?? undefined,
        durationMonths: form.durationMonths ?? undefined,
      },
    });
    return result.createMeasure;
  },

  async update(gql, id, data, previous) {
    const result = await gql.mutate<MeasureUpdateMutation, MeasureUpdateMutationVariables>(MeasureUpdateDocument, {
      id: String(id),
      input: changedFields(data as unknown as MeasureForm, previous as Partial<MeasureForm>, EDITABLE),
      version: previous.version,
    });
    return result.updateMeasure;
  },
};
