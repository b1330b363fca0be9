import { batchedReference } from '../../app/reference-loader';
import { uuidKey } from '../organisation/organisation.reference';
import { EvaluationResult } from './evaluation-run.entity';

// Other subgraphs resolve evaluation results by id (`_entities`): one statement per batch,
// within the caller's data scope (the unit evaluated, or the person's unit).
export const evaluationReferenceResolvers = {
  EvaluationResult: batchedReference(EvaluationResult, { keys: { id: uuidKey }, scopeUnit: (result) => result.unit.id }),
};
