import type { GraphQLResolveInfo } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import type { AppContext } from './context';
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

/** Keeps fields that are not shared with other bureaus out of `_entities` answers (global middleware). */
export const federatedSurface: MiddlewareFn<AppContext> = ({ info, context }, next) => {
  if (federated.get(info.parentType.name)?.has(info.fieldName) || !underEntities(info)) return next();
  if (context.user?.roles.some((r) => PERSONAL_DATA_ROLES.includes(r))) return next();
  throw forbidden(`${info.parentType.name}.${info.fieldName} is not shared with other bureaus`, 'NOT_FEDERATED');
};
