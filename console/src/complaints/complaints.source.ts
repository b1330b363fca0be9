import {
  ComplaintListDocument,
  ComplaintOneDocument,
  ComplaintRegisterDocument,
  type ComplaintCategory,
  type ComplaintChannel,
  type ComplaintFilter,
  type ComplaintListQuery,
  type ComplaintListQueryVariables,
  type ComplaintOneQuery,
  type ComplaintOneQueryVariables,
  type ComplaintRecordFragment,
  type ComplaintRegisterMutation,
  type ComplaintRegisterMutationVariables,
  type ComplaintSortField,
} from '../generated/graphql';
import { COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS, COMPLAINT_CONCLUSIONS, COMPLAINT_STATUSES } from '../common/enums';
import { compact, filterEnum, filterIds, filterText, optional } from '../providers/record-utils';
import type { ResourceSource } from '../providers/resource-source';

/** One move of the case between lead units (交办, 转办, 重新办理), as the API's JSON holds it. */
export interface ComplaintTransfer {
  /** Row key for tables. */
  id: number;
  from: string | null;
  to: string;
  on: string;
  reason: string;
}

/** A complaint as the screens see it: units flattened to ids for reference fields and inputs. */
export type ComplaintRecord = Omit<ComplaintRecordFragment, 'transfers'> & {
  transfers: ComplaintTransfer[];
  leadUnitId: string | null;
  coUnitIds: string[];
  concernedUnitId: string | null;
  concernedPersonId: string | null;
};

/** What registering returns: the case and its receipt code, shown once and never stored. */
export type RegisteredComplaintRecord = ComplaintRecord & { receiptCode: string };

/** The values of the registration form (ComplaintCreate). */
interface ComplaintForm {
  channel: ComplaintChannel;
  category: ComplaintCategory;
  title: string;
  content: string;
  receivedOn?: string | null;
  concernedText?: string | null;
  concernedUnitId?: string | null;
  concernedPersonId?: string | null;
  anonymous?: boolean | null;
  reporterName?: string | null;
  reporterPhone?: string | null;
  reporterContact?: string | null;
}

const SORT: Record<string, ComplaintSortField> = {
  caseNumber: 'CASE_NUMBER',
  receivedOn: 'RECEIVED_ON',
  handlingDueOn: 'HANDLING_DUE_ON',
  status: 'STATUS',
};

function transfersOf(value: unknown): ComplaintTransfer[] {
  if (!Array.isArray(value)) return [];
  return value.map((t: Omit<ComplaintTransfer, 'id'>, id) => ({ id, from: t.from ?? null, to: t.to, on: t.on, reason: t.reason }));
}

const toRecord = (c: ComplaintRecordFragment): ComplaintRecord => ({
  ...c,
  transfers: transfersOf(c.transfers),
  leadUnitId: c.leadUnit?.id ?? null,
  coUnitIds: c.coUnits.map((u) => u.id),
  concernedUnitId: c.concernedUnit?.id ?? null,
  concernedPersonId: c.concernedPerson?.id ?? null,
});

function filterOf(f: Record<string, unknown>): ComplaintFilter {
  const status = filterEnum(f.status, COMPLAINT_STATUSES);
  const channel = filterEnum(f.channel, COMPLAINT_CHANNELS);
  const category = filterEnum(f.category, COMPLAINT_CATEGORIES);
  return compact({
    q: filterText(f.q),
    statuses: status ? [status] : undefined,
    channels: channel ? [channel] : undefined,
    categories: category ? [category] : undefined,
    conclusion: filterEnum(f.conclusion, COMPLAINT_CONCLUSIONS),
    unitId: filterText(f.unitId),
    ids: filterIds(f.ids),
  });
}

export const complaintsSource: ResourceSource<ComplaintRecord> = {
  async list(gql, { offset, limit, sort, filter }) {
    const field = sort && SORT[sort.field];
    const data = await gql.query<ComplaintListQuery, ComplaintListQueryVariables>(ComplaintListDocument, {
      filter: filterOf(filter),
      sort: field ? { field, order: sort.order } : undefined,
      offset,
      limit,
    });
    return { items: data.complaints.items.map(toRecord), total: data.complaints.total };
  },

  async one(gql, id) {
    const data = await gql.query<ComplaintOneQuery, ComplaintOneQueryVariables>(ComplaintOneDocument, { id: String(id) });
    return toRecord(data.complaint);
  },

  async many(gql, ids) {
    const data = await gql.query<ComplaintListQuery, ComplaintListQueryVariables>(ComplaintListDocument, {
      filter: { ids: ids.map(String) },
      limit: Math.max(1, Math.min(ids.length, 100)),
    });
    return data.complaints.items.map(toRecord);
  },

  /** 登记: the answer carries the receipt code, which the registration page shows once. */
  async create(gql, data): Promise<RegisteredComplaintRecord> {
    const form = data as unknown as ComplaintForm;
    const anonymous = form.anonymous === true;
    const result = await gql.mutate<ComplaintRegisterMutation, ComplaintRegisterMutationVariables>(ComplaintRegisterDocument, {
      input: {
        channel: form.channel,
        category: form.category,
        title: form.title,
        content: form.content,
        receivedOn: optional(form.receivedOn),
        concernedText: optional(form.concernedText),
        concernedUnitId: optional(form.concernedUnitId),
        concernedPersonId: optional(form.concernedPersonId),
        anonymous,
        // An anonymous report sends nothing that identifies its sender.
        reporterName: anonymous ? undefined : optional(form.reporterName),
        reporterPhone: anonymous ? undefined : optional(form.reporterPhone),
        reporterContact: anonymous ? undefined : optional(form.reporterContact),
      },
    });
    return { ...toRecord(result.registerComplaint.complaint), receiptCode: result.registerComplaint.receiptCode };
  },
};
