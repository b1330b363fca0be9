import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppContext } from '../../app/context';
import { badInput, forbidden, isUuid } from '../../app/errors';
import { canSeeUnit } from '../../app/scope';
import { User } from '../auth/user.entity';
import { PlanArea, UnitKind } from '../organisation/organisation.enums';
import { Unit } from '../organisation/unit.entity';
import { SupervisionErrorReason as R } from './supervision.errors';

/** A unit named in an input, or BAD_USER_INPUT on that field. */
export async function unitFor(ctx: AppContext, id: string, field: string): Promise<Unit> {
  const unit = isUuid(id) ? await ctx.em.findOne(Unit, id) : null;
  if (!unit) throw badInput(field, 'The unit does not exist', R.REFERENCE_NOT_FOUND);
  return unit;
}

/**
 * A unit's own step: a unit reporter may take it only for its own unit (or a
 * unit below it); bureau roles allowed by the operation act on any unit's behalf.
 */
export async function assertActsFor(ctx: AppContext, unitId: string | undefined, reason: string, message: string) {
  if (!(await canSeeUnit(ctx, unitId))) throw forbidden(message, reason);
}

export function currentUser(ctx: AppContext) {
  if (!ctx.user) throw forbidden();
  return ctx.em.getReference(User, ctx.user.id, { wrapped: true });
}

/** The section answering for a plan area (责任股室), when one is named. */
export async function sectionFor(em: EntityManager, area: PlanArea): Promise<Unit | undefined> {
  const sections = await em.find(Unit, { kind: UnitKind.SECTION, active: true }, { orderBy: { sortOrder: 'ASC' } });
  return sections.find((s) => s.responsibleAreas.includes(area));
}

/** Refuses a date later than today (things that already happened). */
export function assertNotFuture(date: string, todayIs: string, field: string) {
  if (date > todayIs) throw badInput(field, 'The date cannot be in the future', R.DATE_IN_FUTURE);
}

/** Refuses a date before the start of what it belongs to. */
export function assertNotBefore(date: string, start: string, field: string, what: string) {
  if (date < start) throw badInput(field, `The date cannot be before ${what}`, R.DATE_BEFORE_START);
}

export async function userName(ref: { load(): Promise<{ displayName: string } | null | undefined> } | undefined) {
  return ref ? ((await ref.load())?.displayName ?? null) : null;
}
