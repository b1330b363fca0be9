import {
  TrainingSessionCreateDocument,
  TrainingSessionListDocument,
  TrainingSessionOneDocument,
  TrainingSessionUpdateDocument,
  type TrainingKind,
  type TrainingSessionCreateMutation,
  type TrainingSessionCreateMutationVariables,
  type TrainingSessionFilter,
  type TrainingSessionListQuery,
  type TrainingSessionOneQuery,
  type TrainingSessionRecordFragment,
  type TrainingSessionSortField,
  type TrainingSessionUpdateMutation,
} from '../generated/graphql';
import { TRAINING_KINDS } from '../common/enums';
import { createVia, oneOf, querySource, updateVia } from '../providers/query-source';
import { compact, filterEnum, filterText, optional } from '../providers/record-utils';
import type { ResourceSource } from '../providers/resource-source';

export type TrainingSessionRecord = TrainingSessionRecordFragment & { organiserId: string };

/** The values of the session form (TrainingSessionInputs). */
interface TrainingSessionForm {
  topic: string;
  kind: TrainingKind;
  heldOn: string;
  hours: number;
  trainer?: string | null;
  audience?: string | null;
  description?: string | null;
  organiserId?: string | null;
  examRequired?: boolean | null;
  passMark?: number | null;
}

const EDITABLE = [
  'topic',
  'kind',
  'heldOn',
  'hours',
  'trainer',
  'audience',
  'description',
  'organiserId',
  'examRequired',
  'passMark',
] as const satisfies readonly (keyof TrainingSessionForm)[];

const toRecord = (s: TrainingSessionRecordFragment): TrainingSessionRecord => ({ ...s, organiserId: s.organiser.id });

/** A year typed in a filter, as a whole number. */
export function filterYear(value: unknown): number | undefined {
  const year = Number(value);
  return Number.isInteger(year) && year > 0 ? year : undefined;
}

const filterOf = (f: Record<string, unknown>): TrainingSessionFilter =>
  compact({ q: filterText(f.q), kinds: oneOf(filterEnum(f.kind, TRAINING_KINDS)), year: filterYear(f.year) });

export const trainingSessionsSource: ResourceSource<TrainingSessionRecord> = {
  ...querySource({
    listDocument: TrainingSessionListDocument,
    page: (d: TrainingSessionListQuery) => d.trainingSessions,
    oneDocument: TrainingSessionOneDocument,
    single: (d: TrainingSessionOneQuery) => d.trainingSession,
    toRecord,
    filterOf,
    sort: { heldOn: 'HELD_ON', hours: 'HOURS', topic: 'TOPIC' } satisfies Record<string, TrainingSessionSortField>,
  }),

  create: createVia({
    document: TrainingSessionCreateDocument,
    input: (form: TrainingSessionForm): TrainingSessionCreateMutationVariables['input'] => ({
      topic: form.topic,
      kind: form.kind,
      heldOn: form.heldOn,
      hours: Number(form.hours),
      trainer: optional(form.trainer),
      audience: optional(form.audience),
      description: optional(form.description),
      organiserId: optional(form.organiserId),
      examRequired: form.examRequired ?? undefined,
      passMark: form.passMark ?? undefined,
    }),
    created: (d: TrainingSessionCreateMutation) => toRecord(d.createTrainingSession),
  }),

  update: updateVia({
    document: TrainingSessionUpdateDocument,
    editable: EDITABLE,
    updated: (d: TrainingSessionUpdateMutation) => toRecord(d.updateTrainingSession),
  }),
};
