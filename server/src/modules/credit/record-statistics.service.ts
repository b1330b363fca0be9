import type { AppContext } from '../../app/context';
import { today } from '../../app/clock';
import { visibleUnitIds } from '../../app/scope';
import { Unit } from '../organisation/unit.entity';
import type { RecordCategory } from './credit.enums';
import type { RecordStatistics } from './record-statistics.types';

/** Units shown in the by-unit count. */
const TOP_UNITS = 10;

interface Row {
  category: RecordCategory | null;
  unit_id: string | null;
  month: string | null;
  n: number;
}

/** The first day of the month `back` months before the month of `date` (YYYY-MM-DD). */
function monthStart(date: string, back: number): string {
  const [y, m] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

export class RecordStatisticsService {
  /**
   * Counts of the recorded (submitted, returned, confirmed, revoked) records of the last
   * `months` months by category, unit and month, in one grouped statement. A record's month
   * is its decision date's, or the day it was recorded (China time) when it has none.
   */
  async statistics(ctx: AppContext, months: number): Promise<RecordStatistics> {
    const from = monthStart(today(), months - 1);
    const visible = await visibleUnitIds(ctx);
    // One placeholder per visible unit (PGlite cannot bind an array parameter).
    const scoped = visible === null ? [] : [...visible];
    const scope = visible === null ? '' : scoped.length ? `and r.scope_unit_id in (${scoped.map(() => '?').join(', ')})` : 'and false';
    const params: unknown[] = [from, ...scoped];
    const rows: Row[] = await ctx.em.getConnection().execute(
      `with recorded as (
         select r.category, r.scope_unit_id,
                to_char(coalesce(r.decision_date, (r.created_at at time zone 'Asia/Shanghai')::date), 'YYYY-MM') as month
           from dishonesty_record r
          where r.status <> 'DRAFT'
            and coalesce(r.decision_date, (r.created_at at time zone 'Asia/Shanghai')::date) >= ?::date
            ${scope}
       )
       select category, scope_unit_id as unit_id, month, count(*)::int as n
         from recorded
        group by grouping sets ((category), (scope_unit_id), (month))`,
      params,
      'all',
      ctx.em.getTransactionContext(),
    );
    const byCategory = rows
      .filter((r) => r.category !== null)
      .map((r) => ({ category: r.category!, count: r.n }))
      .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category));
    const unitRows = rows
      .filter((r) => r.unit_id !== null)
      .sort((a, b) => b.n - a.n || a.unit_id!.localeCompare(b.unit_id!))
      .slice(0, TOP_UNITS);
    const units = new Map((await ctx.em.find(Unit, { id: { $in: unitRows.map((r) => r.unit_id!) } })).map((u) => [u.id, u]));
    const perMonth = new Map(rows.filter((r) => r.month !== null).map((r) => [r.month!, r.n]));
    const byMonth = Array.from({ length: months }, (_, i) => monthStart(today(), months - 1 - i).slice(0, 7)).map((month) => ({
      month,
      count: perMonth.get(month) ?? 0,
    }));
    return {
      fromMonth: from.slice(0, 7),
      total: byCategory.reduce((sum, c) => sum + c.count, 0),
      byCategory,
      byUnit: unitRows.filter((r) => units.has(r.unit_id!)).map((r) => ({ unit: units.get(r.unit_id!)!, count: r.n })),
      byMonth,
    };
  }
}

export const recordStatisticsService = new RecordStatisticsService();
