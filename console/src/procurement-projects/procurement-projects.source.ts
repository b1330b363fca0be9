import {
  ProcurementProjectCreateDocument,
  ProcurementProjectListDocument,
  ProcurementProjectOneDocument,
  type ProcurementFilter,
  type ProcurementMethod,
  type ProcurementProjectCreateMutation,
  type ProcurementProjectCreateMutationVariables,
  type ProcurementProjectListQuery,
  type ProcurementProjectListQueryVariables,
  type ProcurementProjectOneQuery,
  type ProcurementProjectOneQueryVariables,
  type ProcurementProjectRecordFragment,
} from '../generated/graphql';
import { PROCUREMENT_STATUSES } from '../common/enums';
import { compact, filterEnum, filterText } from '../providers/record-utils';
import type { ResourceSource } from '../providers/resource-source';

type Details = Pick<ProcurementProjectOneQuery['procurementProject'], 'bids' | 'awardCheck'>;

/** A procurement project; its bids are loaded for a single one (the show page). */
export type ProcurementProjectRecord = ProcurementProjectRecordFragment &
  Partial<Details> & { purchaserUnitId: string; responsiblePersonId: string | null };

interface ProcurementForm {
  code: string;
  name: string;
  method: ProcurementMethod;
  budget: number;
  purchaserUnitId: string;
}

const toRecord = (p: ProcurementProjectRecordFragment & Partial<Details>): ProcurementProjectRecord => ({
  ...p,
  purchaserUnitId: p.purchaser.id,
  responsiblePersonId: p.responsiblePerson?.id ?? null,
});

function filterOf(f: Record<string, unknown>): ProcurementFilter {
  const status = filterEnum(f.status, PROCUREMENT_STATUSES);
  return compact({ q: filterText(f.q), statuses: status ? [status] : undefined, purchaserUnitId: filterText(f.purchaserUnitId) });
}

export const procurementProjectsSource: ResourceSource<ProcurementProjectRecord> = {
  // The API orders projects by code and takes no sort.
  async list(gql, { offset, limit, filter }) {
    const data = await gql.query<ProcurementProjectListQuery, ProcurementProjectListQueryVariables>(ProcurementProjectListDocument, {
      filter: filterOf(filter),
      offset,
      limit,
    });
    return { items: data.procurementProjects.items.map(toRecord), total: data.procurementProjects.total };
  },

  async one(gql, id) {
    const data = await gql.query<ProcurementProjectOneQuery, ProcurementProjectOneQueryVariables>(ProcurementProjectOneDocument, {
      id: String(id),
    });
    return toRecord(data.procurementProject);
  },

  async create(gql, data) {
    const form = data as unknown as ProcurementForm;
    const result = await gql.mutate<ProcurementProjectCreateMutation, ProcurementProjectCreateMutationVariables>(
      ProcurementProjectCreateDocument,
      {
        input: {
          code: form.code.trim(),
          name: form.name.trim(),
          method: form.method,
          budget: Number(form.budget),
          purchaserUnitId: form.purchaserUnitId,
        },
      },
    );
    return toRecord(result.createProcurementProject);
  },
};
