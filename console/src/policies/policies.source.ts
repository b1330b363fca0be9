import {
  PolicyCreateDocument,
  PolicyListDocument,
  PolicyOneDocument,
  PolicyUpdateDocument,
  type PolicyCreateMutation,
  type PolicyCreateMutationVariables,
  type PolicyFilter,
  type PolicyLevel,
  type PolicyListQuery,
  type PolicyOneQuery,
  type PolicyRecordFragment,
  type PolicySortField,
  type PolicyUpdateMutation,
} from '../generated/graphql';
import { POLICY_LEVELS, POLICY_STATUSES } from '../common/enums';
import { createVia, idOf, oneOf, querySource, updateVia } from '../providers/query-source';
import { compact, filterEnum, filterText, optional } from '../providers/record-utils';
import type { ResourceSource } from '../providers/resource-source';

export type PolicyRecord = PolicyRecordFragment & { responsibleSectionId: string; replacesId: string | null };

/** The values of the policy form (PolicyInputs). */
interface PolicyForm {
  title: string;
  documentNumber: string;
  level: PolicyLevel;
  issuedBy?: string | null;
  issuedOn: string;
  effectiveFrom: string;
  effectiveTo?: string | null;
  summary?: string | null;
  responsibleSectionId?: string | null;
  replacesId?: string | null;
}

const EDITABLE = [
  'title',
  'documentNumber',
  'level',
  'issuedBy',
  'issuedOn',
  'effectiveFrom',
  'effectiveTo',
  'summary',
  'responsibleSectionId',
  'replacesId',
] as const satisfies readonly (keyof PolicyForm)[];

const toRecord = (p: PolicyRecordFragment): PolicyRecord => ({
  ...p,
  responsibleSectionId: p.responsibleSection.id,
  replacesId: idOf(p.replaces),
});

const filterOf = (f: Record<string, unknown>): PolicyFilter =>
  compact({
    q: filterText(f.q),
    levels: oneOf(filterEnum(f.level, POLICY_LEVELS)),
    statuses: oneOf(filterEnum(f.status, POLICY_STATUSES)),
  });

export const policiesSource: ResourceSource<PolicyRecord> = {
  ...querySource({
    listDocument: PolicyListDocument,
    page: (d: PolicyListQuery) => d.policies,
    oneDocument: PolicyOneDocument,
    single: (d: PolicyOneQuery) => d.policy,
    toRecord,
    filterOf,
    sort: {
      title: 'TITLE',
      issuedOn: 'ISSUED_ON',
      effectiveFrom: 'EFFECTIVE_FROM',
      status: 'STATUS',
      createdAt: 'CREATED_AT',
    } satisfies Record<string, PolicySortField>,
  }),

  create: createVia({
    document: PolicyCreateDocument,
    input: (form: PolicyForm): PolicyCreateMutationVariables['input'] => ({
      title: form.title,
      documentNumber: form.documentNumber,
      level: form.level,
      issuedBy: optional(form.issuedBy),
      issuedOn: form.issuedOn,
      effectiveFrom: form.effectiveFrom,
      effectiveTo: optional(form.effectiveTo),
      summary: optional(form.summary),
      responsibleSectionId: optional(form.responsibleSectionId),
      replacesId: optional(form.replacesId),
    }),
    created: (d: PolicyCreateMutation) => toRecord(d.createPolicy),
  }),

  update: updateVia({
    document: PolicyUpdateDocument,
    editable: EDITABLE,
    updated: (d: PolicyUpdateMutation) => toRecord(d.updatePolicy),
  }),
};
