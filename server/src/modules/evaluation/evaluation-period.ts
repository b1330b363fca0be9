import { badInput } from '../../app/errors';
import { EvaluationErrorReason, PeriodKind } from './evaluation.enums';

export interface Period {
  period: string;
  kind: PeriodKind;
  start: string;
  end: string;
  /** 12 for a year, 3 for a quarter. */
  months: number;
}

const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'];

/** `2025` is the calendar year, `2025-Q1` the first quarter. */
export function parsePeriod(period: string, field = 'period'): Period {
  const year = /^(\d{4})$/.exec(period);
  if (year) return { period, kind: PeriodKind.YEAR, start: `${year[1]}-01-01`, end: `${year[1]}-12-31`, months: 12 };
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) {
    const q = Number(quarter[2]);
    const startMonth = String(q * 3 - 2).padStart(2, '0');
    return { period, kind: PeriodKind.QUARTER, start: `${quarter[1]}-${startMonth}-01`, end: `${quarter[1]}-${QUARTER_END[q - 1]}`, months: 3 };
  }
  throw badInput(field, 'A period is a year (2025) or a quarter (2025-Q1)', EvaluationErrorReason.INVALID_PERIOD);
}
