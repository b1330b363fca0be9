import type { SubjectType } from '../generated/graphql';
import { renameFieldError, toHttpError } from '../providers/server-error';

/** What commitments, records and measure applications say about their subject, as the API returns it. */
interface SubjectParts {
  subjectType: SubjectType;
  subjectUnit?: { id: string } | null;
  subjectPerson?: { id: string } | null;
}

/** The subject flattened to the inputs of the subject picker (SubjectInput) and to reference fields. */
export interface SubjectIds {
  subjectUnitId: string | null;
  subjectPersonId: string | null;
}

export function subjectIds(record: SubjectParts): SubjectIds {
  return { subjectUnitId: record.subjectUnit?.id ?? null, subjectPersonId: record.subjectPerson?.id ?? null };
}

/** The subject picker's values. */
export interface SubjectForm {
  subjectType: SubjectType;
  subjectUnitId?: string | null;
  subjectPersonId?: string | null;
}

/** The input the picker shows for the chosen subject type. */
export function subjectInputOf(form: SubjectForm): keyof SubjectIds {
  return form.subjectType === 'PERSON' ? 'subjectPersonId' : 'subjectUnitId';
}

/** The API's `subjectType` and `subjectId` for the picker's values. */
export function subjectInput(form: SubjectForm): { subjectType: SubjectType; subjectId: string } {
  return { subjectType: form.subjectType, subjectId: form[subjectInputOf(form)] ?? '' };
}

/** Runs a create call; a complaint about `subjectId` is shown under the picker the user filled in. */
export async function withSubjectErrors<T>(form: SubjectForm, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw renameFieldError(toHttpError(error), 'subjectId', subjectInputOf(form));
  }
}
