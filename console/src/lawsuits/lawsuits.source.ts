import {
  LawsuitCreateDocument,
  LawsuitListDocument,
  LawsuitOneDocument,
  LawsuitUpdateDocument,
  type LawsuitCreateMutation,
  type LawsuitCreateMutationVariables,
  type LawsuitFilter,
  type LawsuitListQuery,
  type LawsuitOneQuery,
  type LawsuitRecordFragment,
  type LawsuitSortField,
  type LawsuitUpdateMutation,
  type PartyRole,
} from '../generated/graphql';
import { LAWSUIT_STATUSES, PARTY_ROLES } from '../common/enums';
import { createVia, oneOf, querySource, updateVia } from '../providers/query-source';
import { compact, filterEnum, filterText, optional } from '../providers/record-utils';
import type { ResourceSource } from '../providers/resource-source';

export type LawsuitRecord = LawsuitRecordFragment & { unitId: string };

/** The values of the lawsuit form (LawsuitInputs); the party unit is chosen once. */
interface LawsuitForm {
  caseNumber: string;
  court: string;
  cause: string;
  partyRole: PartyRole;
  opposingParty?: string | null;
  filedOn: string;
  unitId: string;
}

const EDITABLE = ['caseNumber', 'court', 'cause', 'partyRole', 'opposingParty', 'filedOn'] as const satisfies readonly (keyof LawsuitForm)[];

const toRecord = (l: LawsuitRecordFragment): LawsuitRecord => ({ ...l, unitId: l.unit.id });

const filterOf = (f: Record<string, unknown>): LawsuitFilter =>
  compact({
    q: filterText(f.q),
    statuses: oneOf(filterEnum(f.status, LAWSUIT_STATUSES)),
    partyRoles: oneOf(filterEnum(f.partyRole, PARTY_ROLES)),
    unitId: filterText(f.unitId),
    filedFrom: filterText(f.filedFrom),
    filedTo: filterText(f.filedTo),
  });

export const lawsuitsSource: ResourceSource<LawsuitRecord> = {
  ...querySource({
    listDocument: LawsuitListDocument,
    page: (d: LawsuitListQuery) => d.lawsuits,
    oneDocument: LawsuitOneDocument,
    single: (d: LawsuitOneQuery) => d.lawsuit,
    toRecord,
    filterOf,
    sort: { caseNumber: 'CASE_NUMBER', filedOn: 'FILED_ON', status: 'STATUS', createdAt: 'CREATED_AT' } satisfies Record<
      string,
      LawsuitSortField
    >,
  }),

  create: createVia({
    document: LawsuitCreateDocument,
    input: (form: LawsuitForm): LawsuitCreateMutationVariables['input'] => ({
      caseNumber: form.caseNumber,
      court: form.court,
      cause: form.cause,
      partyRole: form.partyRole,
      opposingParty: optional(form.opposingParty),
      filedOn: form.filedOn,
      unitId: form.unitId,
    }),
    created: (d: LawsuitCreateMutation) => toRecord(d.createLawsuit),
  }),

  update: updateVia({
    document: LawsuitUpdateDocument,
    editable: EDITABLE,
    updated: (d: LawsuitUpdateMutation) => toRecord(d.updateLawsuit),
  }),
};
