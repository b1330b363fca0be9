import type { GraphQLResolveInfo } from 'graphql';
import type { FieldGuard } from './middleware';
import { forbidden } from './errors';
import { Role } from './roles';

/**
 * What other bureaus may read when their subgraphs join our entities
 * (`_entities`): chosen field by field. Everything else — names of people,
 * staff numbers, the facts and evidence of a record, who recorded it,
 * complainants, legal representatives — answers FORBIDDEN (reason
 * NOT_FEDERATED) unless the caller holds a role in PERSONAL_DATA_ROLES.
 * The subgraph SDL tags these fields `@tag(name: "federated")`.
 */
export const FEDERATED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Unit: ['id', 'code', 'name', 'shortName', 'kind', 'parent', 'active'],
  Person: ['id', 'unit', 'status'],
  Enterprise: ['id', 'creditCode', 'name', 'status', 'address', 'listedNow', 'listings'],
  DishonestyListing: ['listName', 'source', 'listedFrom', 'listedTo', 'removedOn', 'removalConditions'],
  // Scores and grades, not who a person is: subjectId and subjectName stay inside.
  EvaluationResult: ['id', 'subjectType', 'unitKind', 'score', 'deductions', 'credits', 'grade', 'unit'],
  DishonestyRecord: [
    'id',
    'category',
    'severity',
    'status',
    'subjectType',
    'subjectUnit',
    'scopeUnit',
    'counting',
    'disclosed',
    'disclosureStart',
    'disclosureEnd',
    'decidingAuthority',
    'decisionDate',
    'documentNumber',
    'confirmedAt',
    'repairedAt',
    'revokedAt',
  ],
};

/** Roles that read personal data through `_entities` too, as they do in the console. */
export const PERSONAL_DATA_ROLES: readonly Role[] = [Role.ADMIN, Role.DISCIPLINE, Role.PERSONNEL, Role.LEADER];

const federated = new Map(Object.entries(FEDERATED_FIELDS).map(([type, fields]) => [type, new Set(fields)]));

function underEntities(info: GraphQLResolveInfo): boolean {
  let path = info.path;
  while (path.prev) path = path.prev;
  return path.key === '_entities';
}

/**
 * Keeps fields that are not shared with other bureaus out of `_entities` answers: every
 * field not in FEDERATED_FIELDS (of any type, at any depth) is checked when it resolves.
 */
export const federatedSurface: FieldGuard = (parentType, fieldName) => {
  if (parentType === 'Query' || parentType === 'Mutation' || federated.get(parentType)?.has(fieldName)) return undefined;
  return (context, info) => {
    if (!underEntities(info) || context.user?.roles.some((r) => PERSONAL_DATA_ROLES.includes(r))) return;
    throw forbidden(`${parentType}.${fieldName} is not shared with other bureaus`, 'NOT_FEDERATED');
  };
};
