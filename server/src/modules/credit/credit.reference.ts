import { batchedReference } from '../../app/reference-loader';
import { uuidKey } from '../organisation/organisation.reference';
import { DishonestyRecord } from './dishonesty-record.entity';

// `_entities` for dishonesty records: one batched statement per call, scoped like every read.
export const creditReferenceResolvers = {
  DishonestyRecord: batchedReference(DishonestyRecord, { keys: { id: uuidKey }, scopeUnit: (record) => record.scopeUnit.id }),
};
