import { isUuid } from '../../app/errors';
import { batchedReference } from '../../app/reference-loader';
import { Person } from './person.entity';
import { Unit } from './unit.entity';

/** Ids are UUIDs, compared in PostgreSQL's lower-case spelling; anything else names no record. */
export const uuidKey = (value: string) => (isUuid(value) ? value.toLowerCase() : null);

// Entity references from other subgraphs (`_entities`): one statement per type and key field.
export const organisationReferenceResolvers = {
  Unit: batchedReference(Unit, { keys: { id: uuidKey, code: (code) => code }, scopeUnit: (unit) => unit.id }),
  Person: batchedReference(Person, { keys: { id: uuidKey }, scopeUnit: (person) => person.unit.id }),
};
