import {
  MeasureApplicationApplyDocument,
  MeasureApplicationListDocument,
  type MeasureApplicationApplyMutation,
  type MeasureApplicationApplyMutationVariables,
  type MeasureApplicationListQuery,
  type MeasureApplicationListQueryVariables,
  type MeasureApplicationRecordFragment,
} from '../generated/graphql';
import { MEASURE_APPLICATION_STATUSES, MEASURE_KINDS } from '../common/enums';
import { subjectIds, subjectInput, withSubjectErrors, type SubjectForm, type SubjectIds } from '../common/subject';
import { compact, filterEnum, filterText, optional } from '../providers/record-utils';
import type { ResourceSource } from '../providers/resource-source';

export type MeasureApplicationRecord = MeasureApplicationRecordFragment & SubjectIds & { recordId: string | null };

/** The values of the form that applies a measure by hand (MeasureApplicationCreate). */
interface ApplyForm extends SubjectForm {
  measureId: string;
  recordId?: string | null;
  effectiveFrom?: string | null;
  note?: string | null;
}

const toRecord = (a: MeasureApplicationRecordFragment): MeasureApplicationRecord => ({
  ...a,
  ...subjectIds(a),
  recordId: a.record?.id ?? null,
});

export const measureApplicationsSource: ResourceSource<MeasureApplicationRecord> = {
  // Newest first, as the server orders them; there is no other sort.
  async list(gql, { offset, limit, filter }) {
    const status = filterEnum(filter.status, MEASURE_APPLICATION_STATUSES);
    const data = await gql.query<MeasureApplicationListQuery, MeasureApplicationListQueryVariables>(
      MeasureApplicationListDocument,
      {
        filter: compact({
          statuses: status ? [status] : undefined,
          kind: filterEnum(filter.kind, MEASURE_KINDS),
          measureId: filterText(filter.measureId),
          subjectId: filterText(filter.subjectId),
          recordId: filterText(filter.recordId),
          unitId: filterText(filter.unitId),
        }),
        offset,
        limit,
      },
    );
    return { items: data.measureApplications.items.map(toRecord), total: data.measureApplications.total };
  },

  // The API has no query for a single application; the list carries every field and the buttons.
  async one() {
    throw new Error('ra.notification.item_doesnt_exist');
  },

  async create(gql, data) {
    const form = data as unknown as ApplyForm;
    return withSubjectErrors(form, async () => {
      const result = await gql.mutate<MeasureApplicationApplyMutation, MeasureApplicationApplyMutationVariables>(
        MeasureApplicationApplyDocument,
        {
          input: {
            ...subjectInput(form),
            measureId: form.measureId,
            recordId: optional(form.recordId),
            effectiveFrom: optional(form.effectiveFrom),
            note: optional(form.note),
          },
        },
      );
      return toRecord(result.applyMeasure);
    });
  },
};
