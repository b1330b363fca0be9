import type { AppContext } from './context';
import { Role } from './roles';
import { unauthenticated } from './errors';

/**
 * The units whose data the caller may see: `null` means every unit. A user whose
 * only role is UNIT_REPORTER sees its own unit and the units below it.
 */
export async function visibleUnitIds(ctx: AppContext): Promise<Set<string> | null> {
  if (ctx.visibleUnits !== undefined) return ctx.visibleUnits;
  const user = ctx.user;
  if (!user) throw unauthenticated();
  if (user.roles.some((r) => r !== Role.UNIT_REPORTER)) {
    ctx.visibleUnits = null;
    return null;
  }
  if (!user.unitId) {
    ctx.visibleUnits = new Set();
    return ctx.visibleUnits;
  }
  const rows: { id: string }[] = await ctx.em.getConnection().execute(
    `with recursive sub as (
       select id from unit where id = ?
       union all
       select u.id from unit u join sub on u.parent_id = sub.id
     ) select id from sub`,
    [user.unitId],
    'all',
    ctx.em.getTransactionContext(),
  );
  ctx.visibleUnits = new Set(rows.map((r) => r.id));
  return ctx.visibleUnits;
}

export async function canSeeUnit(ctx: AppContext, unitId: string | undefined | null): Promise<boolean> {
  const visible = await visibleUnitIds(ctx);
  return visible === null || (!!unitId && visible.has(unitId));
}

/**
 * Runs `fn` with the units the caller may see: at once when they are known this request (a nested
 * list's hundreds of rows need no promise each for it), after looking them up otherwise.
 */
export function withVisibleUnits<T>(ctx: AppContext, fn: (visible: Set<string> | null) => T | Promise<T>): T | Promise<T> {
  return ctx.visibleUnits !== undefined ? fn(ctx.visibleUnits) : visibleUnitIds(ctx).then(fn);
}
