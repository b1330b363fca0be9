import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { LocaleDateField } from './LocaleDateField';

/** Today as the browser's calendar has it (YYYY-MM-DD). */
export function todayLocal(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Calendar days from today until a date (negative once it has passed). */
export function daysUntil(date: string): number {
  const [y1, m1, d1] = todayLocal().split('-').map(Number);
  const [y2, m2, d2] = date.slice(0, 10).split('-').map(Number);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** "剩 3 天" / "今日到期" / "超期 2 天" as a chip: red when overdue, amber when close. */
export const DaysLeftChip = ({ days }: { days: number }) => {
  const translate = useTranslate();
  const label =
    days < 0
      ? translate('app.deadline.overdue', { days: -days })
      : days === 0
        ? translate('app.deadline.today')
        : translate('app.deadline.left', { days });
  const color = days < 0 ? 'error' : days <= 2 ? 'warning' : 'default';
  return <Chip size="small" color={color} variant={color === 'default' ? 'outlined' : 'filled'} label={label} data-days={days} />;
};

interface DeadlineFieldProps<R extends RaRecord> {
  source: string;
  /** Whether the time limit still runs (e.g. the case is still waiting for this step); otherwise only the date is shown. */
  running?: (record: R) => boolean;
  /** Read by react-admin's DataTable and show layouts for the column header. */
  label?: string;
}

/** A due date with the days left while its time limit runs. */
export const DeadlineField = <R extends RaRecord>({ source, running }: DeadlineFieldProps<R>) => {
  const record = useRecordContext<R>();
  const value = record?.[source];
  if (!record || typeof value !== 'string') return <span>—</span>;
  return (
    <Stack direction="row" spacing={1} alignItems="center" component="span">
      <LocaleDateField source={source} />
      {!running || running(record) ? <DaysLeftChip days={daysUntil(value)} /> : null}
    </Stack>
  );
};

/** A `running` test for DeadlineField: the time limit runs while the record is in one of these states. */
export const statusIn =
  (...statuses: string[]) =>
  (record: RaRecord): boolean =>
    statuses.includes(String(record.status));
