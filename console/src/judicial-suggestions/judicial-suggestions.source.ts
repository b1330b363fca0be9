import {
  JudicialSuggestionCreateDocument,
  JudicialSuggestionListDocument,
  JudicialSuggestionOneDocument,
  type JudicialSuggestionCreateMutation,
  type JudicialSuggestionCreateMutationVariables,
  type JudicialSuggestionFilter,
  type JudicialSuggestionKind,
  type JudicialSuggestionListQuery,
  type JudicialSuggestionOneQuery,
  type JudicialSuggestionRecordFragment,
  type JudicialSuggestionSortField,
} from '../generated/graphql';
import { JUDICIAL_SUGGESTION_KINDS, JUDICIAL_SUGGESTION_STATUSES } from '../common/enums';
import { createVia, oneOf, querySource } from '../providers/query-source';
import { compact, filterBool, filterEnum, filterText, optional } from '../providers/record-utils';
import type { ResourceSource } from '../providers/resource-source';

export type JudicialSuggestionRecord = JudicialSuggestionRecordFragment & { unitId: string };

interface JudicialSuggestionForm {
  kind: JudicialSuggestionKind;
  documentNumber?: string | null;
  issuingOrgan: string;
  content: string;
  unitId: string;
  receivedOn: string;
  replyDueOn?: string | null;
}

const toRecord = (s: JudicialSuggestionRecordFragment): JudicialSuggestionRecord => ({ ...s, unitId: s.unit.id });

const filterOf = (f: Record<string, unknown>): JudicialSuggestionFilter =>
  compact({
    q: filterText(f.q),
    kinds: oneOf(filterEnum(f.kind, JUDICIAL_SUGGESTION_KINDS)),
    statuses: oneOf(filterEnum(f.status, JUDICIAL_SUGGESTION_STATUSES)),
    unitId: filterText(f.unitId),
    overdue: filterBool(f.overdue),
  });

/** Suggestions are registered and then only replied to: no edit. */
export const judicialSuggestionsSource: ResourceSource<JudicialSuggestionRecord> = {
  ...querySource({
    listDocument: JudicialSuggestionListDocument,
    page: (d: JudicialSuggestionListQuery) => d.judicialSuggestions,
    oneDocument: JudicialSuggestionOneDocument,
    single: (d: JudicialSuggestionOneQuery) => d.judicialSuggestion,
    toRecord,
    filterOf,
    sort: { receivedOn: 'RECEIVED_ON', replyDueOn: 'REPLY_DUE_ON', status: 'STATUS' } satisfies Record<string, JudicialSuggestionSortField>,
  }),

  create: createVia({
    document: JudicialSuggestionCreateDocument,
    input: (form: JudicialSuggestionForm): JudicialSuggestionCreateMutationVariables['input'] => ({
      kind: form.kind,
      documentNumber: optional(form.documentNumber),
      issuingOrgan: form.issuingOrgan,
      content: form.content,
      unitId: form.unitId,
      receivedOn: form.receivedOn,
      replyDueOn: optional(form.replyDueOn),
    }),
    created: (d: JudicialSuggestionCreateMutation) => toRecord(d.createJudicialSuggestion),
  }),
};
