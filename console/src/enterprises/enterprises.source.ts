import {
  EnterpriseCreateDocument,
  EnterpriseListDocument,
  EnterpriseOneDocument,
  EnterpriseUpdateDocument,
  type EnterpriseCreateMutation,
  type EnterpriseCreateMutationVariables,
  type EnterpriseFilter,
  type EnterpriseListQuery,
  type EnterpriseListQueryVariables,
  type EnterpriseOneQuery,
  type EnterpriseOneQueryVariables,
  type EnterpriseRecordFragment,
  type EnterpriseStatus,
  type EnterpriseUpdateMutation,
  type EnterpriseUpdateMutationVariables,
} from '../generated/graphql';
import { changedFields, compact, filterBool, filterText, optional } from '../providers/record-utils';
import type { ResourceSource } from '../providers/resource-source';

type Details = Pick<EnterpriseOneQuery['enterprise'], 'listings' | 'creditReports'>;

/** An enterprise; its listings and third-party reports are loaded for a single one (the show page). */
export type EnterpriseRecord = EnterpriseRecordFragment & Partial<Details>;

/** The values of the enterprise form (EnterpriseInputs); the credit code is fixed once on file. */
interface EnterpriseForm {
  creditCode: string;
  name: string;
  legalRepresentative?: string | null;
  address?: string | null;
  status?: EnterpriseStatus | null;
}

const EDITABLE = ['name', 'legalRepresentative', 'address', 'status'] as const satisfies readonly (keyof EnterpriseForm)[];

function filterOf(f: Record<string, unknown>): EnterpriseFilter {
  return compact({ q: filterText(f.q), listed: filterBool(f.listed) });
}

export const enterprisesSource: ResourceSource<EnterpriseRecord> = {
  // The API sorts by name and takes no sort of its own.
  async list(gql, { offset, limit, filter }) {
    const data = await gql.query<EnterpriseListQuery, EnterpriseListQueryVariables>(EnterpriseListDocument, {
      filter: filterOf(filter),
      offset,
      limit,
    });
    return { items: data.enterprises.items, total: data.enterprises.total };
  },

  // No ids filter on enterprises: references to several are fetched one by one.
  async one(gql, id) {
    const data = await gql.query<EnterpriseOneQuery, EnterpriseOneQueryVariables>(EnterpriseOneDocument, { id: String(id) });
    return data.enterprise;
  },

  async create(gql, data) {
    const form = data as unknown as EnterpriseForm;
    const result = await gql.mutate<EnterpriseCreateMutation, EnterpriseCreateMutationVariables>(EnterpriseCreateDocument, {
      input: {
        // Typed codes are often in lower case or with spaces; the check character is the server's to judge.
        creditCode: form.creditCode.replace(/\s+/g, '').toUpperCase(),
        name: form.name,
        legalRepresentative: optional(form.legalRepresentative),
        address: optional(form.address),
      },
    });
    return result.createEnterprise;
  },

  async update(gql, id, data, previous) {
    const result = await gql.mutate<EnterpriseUpdateMutation, EnterpriseUpdateMutationVariables>(EnterpriseUpdateDocument, {
      id: String(id),
      input: changedFields(data as unknown as EnterpriseForm, previous as Partial<EnterpriseForm>, EDITABLE),
      version: previous.version,
    });
    return result.updateEnterprise;
  },
};
