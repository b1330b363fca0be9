import { Card, CardContent, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { DaysLeftChip, DeadlineField, daysUntil } from '../common/DeadlineField';
import { LocaleDateField } from '../common/LocaleDateField';
import type { ComplaintRecord } from './complaints.source';

/** Acceptance is decided while the case is registered; handling runs from assignment to the conclusion. */
export const acceptanceRunning = (c: Pick<ComplaintRecord, 'status'>) => c.status === 'RECEIVED';
export const handlingRunning = (c: Pick<ComplaintRecord, 'status'>) => c.status === 'ASSIGNED' || c.status === 'INVESTIGATING';

/** The list's 期限 column: the time limit that runs now, if any. */
export const CurrentDeadlineField = (_props: { label?: string }) => {
  const record = useRecordContext<ComplaintRecord>();
  if (!record) return null;
  if (acceptanceRunning(record)) return <DeadlineField source="acceptanceDueOn" />;
  if (handlingRunning(record) && record.handlingDueOn) return <DeadlineField source="handlingDueOn" />;
  return <span>—</span>;
};

const Deadline = ({ label, source, date, running }: { label: string; source: string; date: string | null; running: boolean }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={0.5} role="group" aria-label={translate(label)}>
      <Typography variant="caption" color="text.secondary">
        {translate(label)}
      </Typography>
      <Stack direction="row" spacing={1} alignItems="center">
        <Typography variant="h6" component="span">
          {date ? <LocaleDateField source={source} /> : '—'}
        </Typography>
        {date && running ? <DaysLeftChip days={daysUntil(date)} /> : null}
      </Stack>
    </Stack>
  );
};

/** 受理期限 and 办理期限 at the top of the case, with the days left while each runs. */
export const ComplaintDeadlines = () => {
  const record = useRecordContext<ComplaintRecord>();
  if (!record) return null;
  return (
    <Card variant="outlined" sx={{ m: 2, mb: 0 }}>
      <CardContent>
        <Stack direction="row" spacing={6} flexWrap="wrap" useFlexGap>
          <Deadline
            label="resources.complaints.fields.acceptanceDueOn"
            source="acceptanceDueOn"
            date={record.acceptanceDueOn}
            running={acceptanceRunning(record)}
          />
          <Deadline
            label="resources.complaints.fields.handlingDueOn"
            source="handlingDueOn"
            date={record.handlingDueOn}
            running={handlingRunning(record)}
          />
        </Stack>
      </CardContent>
    </Card>
  );
};
