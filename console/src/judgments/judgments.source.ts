import {
  JudgmentCreateDocument,
  JudgmentListDocument,
  JudgmentOneDocument,
  type JudgmentCreateMutation,
  type JudgmentCreateMutationVariables,
  type JudgmentFilter,
  type JudgmentListQuery,
  type JudgmentOneQuery,
  type JudgmentRecordFragment,
  type JudgmentSortField,
} from '../generated/graphql';
import { JUDGMENT_STATUSES } from '../common/enums';
import { createVia, idOf, oneOf, querySource } from '../providers/query-source';
import { compact, filterEnum, filterText, optional } from '../providers/record-utils';
import type { ResourceSource } from '../providers/resource-source';

export type JudgmentRecord = JudgmentRecordFragment & { lawsuitId: string; unitId: string; recordId: string | null };

interface JudgmentForm {
  lawsuitId: string;
  documentNumber?: string | null;
  obligation: string;
  effectiveOn: string;
  fulfilBy: string;
}

const toRecord = (j: JudgmentRecordFragment): JudgmentRecord => ({ ...j, lawsuitId: j.lawsuit.id, unitId: j.unit.id, recordId: idOf(j.record) });

const filterOf = (f: Record<string, unknown>): JudgmentFilter =>
  compact({
    statuses: oneOf(filterEnum(f.status, JUDGMENT_STATUSES)),
    unitId: filterText(f.unitId),
    lawsuitId: filterText(f.lawsuitId),
    fulfilByFrom: filterText(f.fulfilByFrom),
    fulfilByTo: filterText(f.fulfilByTo),
  });

/** Judgments are entered (from their lawsuit or here) and then only fulfilled: no edit. */
export const judgmentsSource: ResourceSource<JudgmentRecord> = {
  ...querySource({
    listDocument: JudgmentListDocument,
    page: (d: JudgmentListQuery) => d.judgments,
    oneDocument: JudgmentOneDocument,
    single: (d: JudgmentOneQuery) => d.judgment,
    toRecord,
    filterOf,
    sort: { effectiveOn: 'EFFECTIVE_ON', fulfilBy: 'FULFIL_BY', status: 'STATUS', createdAt: 'CREATED_AT' } satisfies Record<
      string,
      JudgmentSortField
    >,
  }),

  create: createVia({
    document: JudgmentCreateDocument,
    input: (form: JudgmentForm): JudgmentCreateMutationVariables['input'] => ({
      lawsuitId: form.lawsuitId,
      documentNumber: optional(form.documentNumber),
      obligation: form.obligation,
      effectiveOn: form.effectiveOn,
      fulfilBy: form.fulfilBy,
    }),
    created: (d: JudgmentCreateMutation) => toRecord(d.createJudgment),
  }),
};
