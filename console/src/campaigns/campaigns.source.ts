import {
  CampaignCreateDocument,
  CampaignListDocument,
  CampaignOneDocument,
  CampaignUpdateDocument,
  type CampaignCreateMutation,
  type CampaignCreateMutationVariables,
  type CampaignFilter,
  type CampaignListQuery,
  type CampaignOneQuery,
  type CampaignRecordFragment,
  type CampaignSortField,
  type CampaignUpdateMutation,
} from '../generated/graphql';
import { CAMPAIGN_STATUSES } from '../common/enums';
import { createVia, oneOf, querySource, updateVia } from '../providers/query-source';
import { compact, filterEnum, filterText, optional } from '../providers/record-utils';
import type { ResourceSource } from '../providers/resource-source';

export type CampaignRecord = CampaignRecordFragment & { responsibleSectionId: string };

/** The values of the campaign form (CampaignInputs). */
interface CampaignForm {
  title: string;
  documentNumber?: string | null;
  description?: string | null;
  responsibleSectionId?: string | null;
  startsOn: string;
  endsOn: string;
  rectificationWorkingDays?: number | null;
}

const EDITABLE = [
  'title',
  'documentNumber',
  'description',
  'responsibleSectionId',
  'startsOn',
  'endsOn',
  'rectificationWorkingDays',
] as const satisfies readonly (keyof CampaignForm)[];

const toRecord = (c: CampaignRecordFragment): CampaignRecord => ({ ...c, responsibleSectionId: c.responsibleSection.id });

const filterOf = (f: Record<string, unknown>): CampaignFilter =>
  compact({ q: filterText(f.q), statuses: oneOf(filterEnum(f.status, CAMPAIGN_STATUSES)) });

export const campaignsSource: ResourceSource<CampaignRecord> = {
  ...querySource({
    listDocument: CampaignListDocument,
    page: (d: CampaignListQuery) => d.campaigns,
    oneDocument: CampaignOneDocument,
    single: (d: CampaignOneQuery) => d.campaign,
    toRecord,
    filterOf,
    sort: { title: 'TITLE', startsOn: 'STARTS_ON', status: 'STATUS' } satisfies Record<string, CampaignSortField>,
  }),

  create: createVia({
    document: CampaignCreateDocument,
    input: (form: CampaignForm): CampaignCreateMutationVariables['input'] => ({
      title: form.title,
      documentNumber: optional(form.documentNumber),
      description: optional(form.description),
      responsibleSectionId: optional(form.responsibleSectionId),
      startsOn: form.startsOn,
      endsOn: form.endsOn,
      rectificationWorkingDays: form.rectificationWorkingDays ?? undefined,
    }),
    created: (d: CampaignCreateMutation) => toRecord(d.createCampaign),
  }),

  update: updateVia({
    document: CampaignUpdateDocument,
    editable: EDITABLE,
    updated: (d: CampaignUpdateMutation) => toRecord(d.updateCampaign),
  }),
};
