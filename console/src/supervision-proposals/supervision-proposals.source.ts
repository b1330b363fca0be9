import {
  SupervisionProposalCreateDocument,
  SupervisionProposalListDocument,
  SupervisionProposalOneDocument,
  SupervisionProposalUpdateDocument,
  type ProposalKind,
  type SupervisionProposalCreateMutation,
  type SupervisionProposalCreateMutationVariables,
  type SupervisionProposalFilter,
  type SupervisionProposalListQuery,
  type SupervisionProposalOneQuery,
  type SupervisionProposalRecordFragment,
  type SupervisionProposalSortField,
  type SupervisionProposalUpdateMutation,
} from '../generated/graphql';
import { PROPOSAL_KINDS, PROPOSAL_STATUSES } from '../common/enums';
import { createVia, idOf, oneOf, querySource, updateVia } from '../providers/query-source';
import { compact, filterBool, filterEnum, filterText, optional } from '../providers/record-utils';
import type { ResourceSource } from '../providers/resource-source';

export type SupervisionProposalRecord = SupervisionProposalRecordFragment & { leadUnitId: string | null; coUnitIds: string[] };

/** The values of the registration form (SupervisionProposalInputs). */
interface SupervisionProposalForm {
  kind: ProposalKind;
  number: string;
  title: string;
  content: string;
  proposers: string[];
  delegation?: string | null;
  receivedOn: string;
}

const EDITABLE = ['number', 'title', 'content', 'proposers', 'delegation', 'receivedOn'] as const satisfies readonly (keyof SupervisionProposalForm)[];

const toRecord = (p: SupervisionProposalRecordFragment): SupervisionProposalRecord => ({
  ...p,
  leadUnitId: idOf(p.leadUnit),
  coUnitIds: p.coUnits.map((c) => c.unit.id),
});

const filterOf = (f: Record<string, unknown>): SupervisionProposalFilter =>
  compact({
    q: filterText(f.q),
    kinds: oneOf(filterEnum(f.kind, PROPOSAL_KINDS)),
    statuses: oneOf(filterEnum(f.status, PROPOSAL_STATUSES)),
    unitId: filterText(f.unitId),
    overdue: filterBool(f.overdue),
    receivedFrom: filterText(f.receivedFrom),
    receivedTo: filterText(f.receivedTo),
  });

export const supervisionProposalsSource: ResourceSource<SupervisionProposalRecord> = {
  ...querySource({
    listDocument: SupervisionProposalListDocument,
    page: (d: SupervisionProposalListQuery) => d.supervisionProposals,
    oneDocument: SupervisionProposalOneDocument,
    single: (d: SupervisionProposalOneQuery) => d.supervisionProposal,
    toRecord,
    filterOf,
    sort: {
      number: 'NUMBER',
      receivedOn: 'RECEIVED_ON',
      replyDueOn: 'REPLY_DUE_ON',
      status: 'STATUS',
      createdAt: 'CREATED_AT',
    } satisfies Record<string, SupervisionProposalSortField>,
  }),

  create: createVia({
    document: SupervisionProposalCreateDocument,
    input: (form: SupervisionProposalForm): SupervisionProposalCreateMutationVariables['input'] => ({
      kind: form.kind,
      number: form.number,
      title: form.title,
      content: form.content,
      proposers: form.proposers ?? [],
      delegation: optional(form.delegation),
      receivedOn: form.receivedOn,
    }),
    created: (d: SupervisionProposalCreateMutation) => toRecord(d.createSupervisionProposal),
  }),

  update: updateVia({
    document: SupervisionProposalUpdateDocument,
    editable: EDITABLE,
    updated: (d: SupervisionProposalUpdateMutation) => toRecord(d.updateSupervisionProposal),
  }),
};
