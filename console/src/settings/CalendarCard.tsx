import { useState } from 'react';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import EventIcon from '@mui/icons-material/Event';
import { Alert, Card, CardContent, CardHeader, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField } from '@mui/material';
import { DateInput, SelectInput, TextInput, required, useTranslate } from 'react-admin';
import { CanRun } from '../common/CanRun';
import { calendarDayKindChoices } from '../common/enums';
import { WorkflowButton, text } from '../common/WorkflowButton';
import {
  useSettingsCalendarDaysQuery,
  useSettingsRemoveCalendarDayMutation,
  useSettingsSetCalendarDayMutation,
  type CalendarDayKind,
} from '../generated/graphql';

const t = (key: string) => `app.screens.calendar.${key}`;

/**
 * 工作日历: the holidays and make-up working days of a year, which every
 * working-day time limit counts with. Seeded from the State Council's notices;
 * an administrator enters later years when they are published.
 */
export const CalendarCard = () => {
  const translate = useTranslate();
  const [year, setYear] = useState(new Date().getFullYear());
  const valid = year >= 2000 && year <= 2100;
  const { data, refetch } = useSettingsCalendarDaysQuery({ variables: { year }, skip: !valid, fetchPolicy: 'network-only' });
  const [setDay] = useSettingsSetCalendarDayMutation();
  const [removeDay] = useSettingsRemoveCalendarDayMutation();
  const days = data?.calendarDays ?? [];
  return (
    <Card>
      <CardHeader
        title={translate(t('title'))}
        action={
          <CanRun resource="settings" command="calendar">
            <WorkflowButton
              action="calendar_set_day"
              icon={<EventIcon />}
              defaultValues={{ date: '', kind: 'HOLIDAY', name: '' }}
              run={async (v) => {
                await setDay({ variables: { input: { date: text(v.date), kind: v.kind as CalendarDayKind, name: text(v.name) || undefined } } });
                await refetch();
              }}
            >
              <DateInput source="date" label={t('date')} validate={required()} />
              <SelectInput source="kind" label={t('kind')} choices={calendarDayKindChoices} validate={required()} />
              <TextInput source="name" label={t('name')} />
            </WorkflowButton>
          </CanRun>
        }
      />
      <CardContent>
        <Stack spacing={2}>
          <TextField
            type="number"
            size="small"
            sx={{ maxWidth: 160 }}
            label={translate('app.screens.fields.year')}
            value={year}
            error={!valid}
            onChange={(e) => setYear(Number(e.target.value))}
          />
          {valid && data && !days.length ? <Alert severity="warning">{translate(t('empty'), { year })}</Alert> : null}
          {days.length ? (
            <Table size="small" aria-label={translate(t('title'))}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate(t('date'))}</TableCell>
                  <TableCell>{translate(t('kind'))}</TableCell>
                  <TableCell>{translate(t('name'))}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {days.map((d) => (
                  <TableRow key={d.id}>
                    <TableCell>{d.date}</TableCell>
                    <TableCell>
                      <Chip
                        size="small"
                        color={d.kind === 'HOLIDAY' ? 'success' : 'warning'}
                        label={translate(`app.enums.CalendarDayKind.${d.kind}`)}
                      />
                    </TableCell>
                    <TableCell>{d.name ?? '—'}</TableCell>
                    <TableCell align="right">
                      <CanRun resource="settings" command="calendar">
                        <WorkflowButton
                          action="calendar_remove_day"
                          icon={<DeleteOutlineIcon />}
                          run={async () => {
                            await removeDay({ variables: { date: d.date } });
                            await refetch();
                          }}
                        />
                      </CanRun>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : null}
        </Stack>
      </CardContent>
    </Card>
  );
};
