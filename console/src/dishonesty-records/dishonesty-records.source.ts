import {
  DishonestyRecordCreateDocument,
  DishonestyRecordListDocument,
  DishonestyRecordOneDocument,
  DishonestyRecordUpdateDocument,
  type DishonestyRecordCreateMutation,
  type DishonestyRecordCreateMutationVariables,
  type DishonestyRecordFilter,
  type DishonestyRecordListQuery,
  type DishonestyRecordListQueryVariables,
  type DishonestyRecordOneQuery,
  type DishonestyRecordOneQueryVariables,
  type DishonestyRecordRecordFragment,
  type DishonestyRecordSortField,
  type DishonestyRecordUpdateMutation,
  type DishonestyRecordUpdateMutationVariables,
  type RecordCategory,
  type RecordSource,
  type Severity,
} from '../generated/graphql';
import { RECORD_CATEGORIES, RECORD_SOURCES, RECORD_STATUSES, SEVERITIES, SUBJECT_TYPES } from '../common/enums';
import { subjectIds, subjectInput, withSubjectErrors, type SubjectForm, type SubjectIds } from '../common/subject';
import { changedFields, compact, filterBool, filterEnum, filterText, optional } from '../providers/record-utils';
import type { ResourceSource } from '../providers/resource-source';

type Details = Pick<DishonestyRecordOneQuery['dishonestyRecord'], 'objections' | 'rectifications' | 'measureApplications'>;

/** A dishonesty record; objections, rectifications and measures are only loaded for a single record (the show page). */
export type DishonestyRecordRecord = DishonestyRecordRecordFragment &
  SubjectIds & { responsibleSectionId: string | null } & Partial<Details>;

/** The values of the record form (DishonestyRecordInputs); subject, source and section are set at creation. */
interface DishonestyRecordForm extends SubjectForm {
  category: RecordCategory;
  severity: Severity;
  facts: string;
  legalBasis?: string | null;
  documentNumber?: string | null;
  decidingAuthority?: string | null;
  decisionDate?: string | null;
  evidence?: string[] | null;
  sourceType?: RecordSource | null;
  sourceId?: string | null;
  selfCorrected?: boolean | null;
  selfCorrectionNote?: string | null;
  responsibleSectionId?: string | null;
}

const EDITABLE = [
  'category',
  'severity',
  'facts',
  'legalBasis',
  'documentNumber',
  'decidingAuthority',
  'decisionDate',
  'evidence',
  'selfCorrected',
  'selfCorrectionNote',
] as const satisfies readonly (keyof DishonestyRecordForm)[];

const SORT: Record<string, DishonestyRecordSortField> = {
  subjectName: 'SUBJECT_NAME',
  category: 'CATEGORY',
  severity: 'SEVERITY',
  status: 'STATUS',
  decisionDate: 'DECISION_DATE',
  createdAt: 'CREATED_AT',
};

const toRecord = (r: DishonestyRecordRecordFragment & Partial<Details>): DishonestyRecordRecord => ({
  ...r,
  ...subjectIds(r),
  responsibleSectionId: r.responsibleSection?.id ?? null,
});

function filterOf(f: Record<string, unknown>): DishonestyRecordFilter {
  const status = filterEnum(f.status, RECORD_STATUSES);
  const category = filterEnum(f.category, RECORD_CATEGORIES);
  const severity = filterEnum(f.severity, SEVERITIES);
  return compact({
    q: filterText(f.q),
    statuses: status ? [status] : undefined,
    categories: category ? [category] : undefined,
    severities: severity ? [severity] : undefined,
    disputed: filterBool(f.disputed),
    repaired: filterBool(f.repaired),
    subjectType: filterEnum(f.subjectType, SUBJECT_TYPES),
    subjectId: filterText(f.subjectId),
    unitId: filterText(f.unitId),
    sourceType: filterEnum(f.sourceType, RECORD_SOURCES),
    sourceId: filterText(f.sourceId),
  });
}

export const dishonestyRecordsSource: ResourceSource<DishonestyRecordRecord> = {
  async list(gql, { offset, limit, sort, filter }) {
    const field = sort && SORT[sort.field];
    const data = await gql.query<DishonestyRecordListQuery, DishonestyRecordListQueryVariables>(DishonestyRecordListDocument, {
      filter: filterOf(filter),
      sort: field ? { field, order: sort.order } : undefined,
      offset,
      limit,
    });
    return { items: data.dishonestyRecords.items.map(toRecord), total: data.dishonestyRecords.total };
  },

  // The API has no ids filter for records: references to several records are fetched one by one.
  async one(gql, id) {
    const data = await gql.query<DishonestyRecordOneQuery, DishonestyRecordOneQueryVariables>(DishonestyRecordOneDocument, {
      id: String(id),
    });
    return toRecord(data.dishonestyRecord);
  },

  async create(gql, data) {
    const form = data as unknown as DishonestyRecordForm;
    return withSubjectErrors(form, async () => {
      const result = await gql.mutate<DishonestyRecordCreateMutation, DishonestyRecordCreateMutationVariables>(
        DishonestyRecordCreateDocument,
        {
          input: {
            ...subjectInput(form),
            category: form.category,
            severity: form.severity,
            facts: form.facts,
            legalBasis: optional(form.legalBasis),
            documentNumber: optional(form.documentNumber),
            decidingAuthority: optional(form.decidingAuthority),
            decisionDate: optional(form.decisionDate),
            evidence: form.evidence?.length ? form.evidence : undefined,
            sourceType: optional(form.sourceType),
            sourceId: optional(form.sourceId),
            selfCorrected: form.selfCorrected ?? undefined,
            selfCorrectionNote: optional(form.selfCorrectionNote),
            responsibleSectionId: optional(form.responsibleSectionId),
          },
        },
      );
      return toRecord(result.createDishonestyRecord);
    });
  },

  async update(gql, id, data, previous) {
    const result = await gql.mutate<DishonestyRecordUpdateMutation, DishonestyRecordUpdateMutationVariables>(
      DishonestyRecordUpdateDocument,
      {
        id: String(id),
        input: changedFields(data as unknown as DishonestyRecordForm, previous as Partial<DishonestyRecordForm>, EDITABLE),
        version: previous.version,
      },
    );
    return toRecord(result.updateDishonestyRecord);
  },
};
