import {
  CampaignFindingListDocument,
  CampaignFindingOneDocument,
  CampaignFindingRegisterDocument,
  type CampaignFindingFilter,
  type CampaignFindingListQuery,
  type CampaignFindingOneQuery,
  type CampaignFindingRecordFragment,
  type CampaignFindingRegisterMutation,
  type CampaignFindingRegisterMutationVariables,
  type CampaignFindingSortField,
  type Severity,
} from '../generated/graphql';
import { FINDING_STATUSES, SEVERITIES } from '../common/enums';
import { createVia, idOf, oneOf, querySource } from '../providers/query-source';
import { compact, filterEnum, filterText, optional } from '../providers/record-utils';
import type { ResourceSource } from '../providers/resource-source';

export type CampaignFindingRecord = CampaignFindingRecordFragment & {
  campaignId: string;
  responsibleUnitId: string;
  responsiblePersonId: string | null;
};

/** The values of the registration form (FindingFields). */
interface FindingForm {
  campaignId: string;
  responsibleUnitId: string;
  responsiblePersonId?: string | null;
  problem: string;
  severity: Severity;
  foundOn?: string | null;
  workingDays?: number | null;
}

const toRecord = (f: CampaignFindingRecordFragment): CampaignFindingRecord => ({
  ...f,
  campaignId: f.campaign.id,
  responsibleUnitId: f.responsibleUnit.id,
  responsiblePersonId: idOf(f.responsiblePerson),
});

const filterOf = (f: Record<string, unknown>): CampaignFindingFilter =>
  compact({
    campaignId: filterText(f.campaignId),
    statuses: oneOf(filterEnum(f.status, FINDING_STATUSES)),
    severities: oneOf(filterEnum(f.severity, SEVERITIES)),
    unitId: filterText(f.unitId),
  });

/** Findings are registered (from their campaign or here) and then move only by rectification and verification. */
export const campaignFindingsSource: ResourceSource<CampaignFindingRecord> = {
  ...querySource({
    listDocument: CampaignFindingListDocument,
    page: (d: CampaignFindingListQuery) => d.campaignFindings,
    oneDocument: CampaignFindingOneDocument,
    single: (d: CampaignFindingOneQuery) => d.campaignFinding,
    toRecord,
    filterOf,
    sort: { deadline: 'DEADLINE', foundOn: 'FOUND_ON', severity: 'SEVERITY', status: 'STATUS' } satisfies Record<
      string,
      CampaignFindingSortField
    >,
  }),

  create: createVia({
    document: CampaignFindingRegisterDocument,
    input: (form: FindingForm): CampaignFindingRegisterMutationVariables['input'] => ({
      campaignId: form.campaignId,
      responsibleUnitId: form.responsibleUnitId,
      responsiblePersonId: optional(form.responsiblePersonId),
      problem: form.problem,
      severity: form.severity,
      foundOn: optional(form.foundOn),
      workingDays: form.workingDays ?? undefined,
    }),
    created: (d: CampaignFindingRegisterMutation) => toRecord(d.registerCampaignFinding),
  }),
};
