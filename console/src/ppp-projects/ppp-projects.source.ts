import {
  PppProjectCreateDocument,
  PppProjectListDocument,
  PppProjectOneDocument,
  type PppProjectCreateMutation,
  type PppProjectCreateMutationVariables,
  type PppProjectListQuery,
  type PppProjectListQueryVariables,
  type PppProjectOneQuery,
  type PppProjectOneQueryVariables,
  type PppProjectRecordFragment,
} from '../generated/graphql';
import { PPP_STAGES } from '../common/enums';
import { filterEnum, filterText } from '../providers/record-utils';
import type { ResourceSource } from '../providers/resource-source';

type Details = Pick<PppProjectOneQuery['pppProject'], 'stages' | 'obligations'>;

/** A PPP project; its stages and obligations are loaded for a single one (the show page). */
export type PppProjectRecord = PppProjectRecordFragment & Partial<Details> & { implementingUnitId: string };

interface PppProjectForm {
  code: string;
  name: string;
  implementingUnitId: string;
  totalInvestment: number;
  startedOn: string;
  responsiblePersonId: string;
  duties: string;
}

const toRecord = (p: PppProjectRecordFragment & Partial<Details>): PppProjectRecord => ({ ...p, implementingUnitId: p.implementingUnit.id });

export const pppProjectsSource: ResourceSource<PppProjectRecord> = {
  // The API orders projects by code and takes no sort.
  async list(gql, { offset, limit, filter }) {
    const data = await gql.query<PppProjectListQuery, PppProjectListQueryVariables>(PppProjectListDocument, {
      q: filterText(filter.q),
      stage: filterEnum(filter.stage, PPP_STAGES),
      offset,
      limit,
    });
    return { items: data.pppProjects.items.map(toRecord), total: data.pppProjects.total };
  },

  async one(gql, id) {
    const data = await gql.query<PppProjectOneQuery, PppProjectOneQueryVariables>(PppProjectOneDocument, { id: String(id) });
    return toRecord(data.pppProject);
  },

  /** A new project starts in its preparation stage, with who answers for it. */
  async create(gql, data) {
    const form = data as unknown as PppProjectForm;
    const result = await gql.mutate<PppProjectCreateMutation, PppProjectCreateMutationVariables>(PppProjectCreateDocument, {
      input: {
        code: form.code.trim(),
        name: form.name.trim(),
        implementingUnitId: form.implementingUnitId,
        totalInvestment: Number(form.totalInvestment),
        startedOn: form.startedOn,
        responsiblePersonId: form.responsiblePersonId,
        duties: form.duties.trim(),
      },
    });
    return toRecord(result.createPppProject);
  },
};
