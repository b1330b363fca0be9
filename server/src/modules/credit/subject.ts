import type { AppContext } from '../../app/context';
import { badInput, notFound } from '../../app/errors';
import { isUuid } from '../../app/errors';
import { canSeeUnit } from '../../app/scope';
import { Person } from '../organisation/person.entity';
import { Unit } from '../organisation/unit.entity';
import { SubjectType } from './credit.enums';
import type { SubjectEntity } from './subject.entity';

export interface ResolvedSubject {
  subjectType: SubjectType;
  subjectUnit?: Unit;
  subjectPerson?: Person;
  scopeUnit: Unit;
  subjectName: string;
}

/**
 * Finds the unit or person a record is about, within the caller's data scope.
 * `field` names the input field to blame when it does not exist.
 */
export async function resolveSubject(
  ctx: AppContext,
  type: SubjectType,
  id: string,
  field = 'subjectId',
): Promise<ResolvedSubject> {
  if (type === SubjectType.UNIT) {
    const unit = isUuid(id) ? await ctx.em.findOne(Unit, id) : null;
    if (!unit || !(await canSeeUnit(ctx, unit.id))) throw badInput(field, 'The unit does not exist', 'SUBJECT_NOT_FOUND');
    return { subjectType: type, subjectUnit: unit, scopeUnit: unit, subjectName: unit.name };
  }
  const person = isUuid(id) ? await ctx.em.findOne(Person, id, { populate: ['unit'] }) : null;
  if (!person || !(await canSeeUnit(ctx, person.unit.id))) throw badInput(field, 'The person does not exist', 'SUBJECT_NOT_FOUND');
  return { subjectType: type, subjectPerson: person, scopeUnit: person.unit.getEntity(), subjectName: person.name };
}

/** The same lookup for reads: an unknown or out-of-scope subject is NOT_FOUND. */
export async function findSubject(ctx: AppContext, type: SubjectType, id: string): Promise<ResolvedSubject> {
  try {
    return await resolveSubject(ctx, type, id);
  } catch {
    throw notFound(type === SubjectType.UNIT ? 'Unit' : 'Person');
  }
}

export function subjectWhere(subject: ResolvedSubject): Record<string, string> {
  return subject.subjectType === SubjectType.UNIT
    ? { subjectType: SubjectType.UNIT, subjectUnit: subject.subjectUnit!.id }
    : { subjectType: SubjectType.PERSON, subjectPerson: subject.subjectPerson!.id };
}

/** Loads an entity that carries a subject, NOT_FOUND when missing or out of the caller's scope. */
export async function getScoped<T extends SubjectEntity>(
  ctx: AppContext,
  entity: new () => T,
  id: string,
  what: string,
): Promise<T> {
  const found = isUuid(id) ? await ctx.em.findOne(entity, id as never) : null;
  if (!found || !(await canSeeUnit(ctx, (found as SubjectEntity).scopeUnit.id))) throw notFound(what);
  return found as T;
}
