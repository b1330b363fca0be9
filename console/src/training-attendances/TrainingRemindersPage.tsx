import { useState } from 'react';
import { Alert, Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { Link, Title, useTranslate } from 'react-admin';
import { useTrainingRemindersQuery } from '../generated/graphql';
import { errorMessage } from '../providers/server-error';
import { integrityFilePath } from '../routes';

const t = (key: string) => `app.scoring.reminders.${key}`;

/** 学时提醒: per unit, the staff below the year's minimum of integrity-education hours, each linking to the person. */
export const TrainingRemindersPage = () => {
  const translate = useTranslate();
  const [year, setYear] = useState(new Date().getFullYear());
  const { data, error, loading } = useTrainingRemindersQuery({ variables: { year }, fetchPolicy: 'network-only' });
  const units = data?.trainingReminders ?? [];
  const people = units.reduce((n, u) => n + u.people.length, 0);
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={t('title')} />
      <CardContent>
        <Stack direction="row" spacing={2} alignItems="center" sx={{ mb: 2 }}>
          <TextField type="number" size="small" label={translate(t('year'))} value={year} onChange={(e) => setYear(Number(e.target.value))} sx={{ width: 160 }} />
        </Stack>
        {error ? <Alert severity="error">{translate(errorMessage(error), { _: errorMessage(error) })}</Alert> : null}
        {data && units.length === 0 ? <Alert severity="success">{translate(t('none'))}</Alert> : null}
        {units.length ? (
          <Alert severity="warning" sx={{ mb: 2 }} data-testid="reminders-summary">
            {translate(t('summary'), { hours: units[0].minimumHours, people, units: units.length })}
          </Alert>
        ) : null}
        {loading ? null : (
          <Table size="small" data-testid="reminders">
            <TableHead>
              <TableRow>
                <TableCell>{translate(t('unit'))}</TableCell>
                <TableCell>{translate(t('person'))}</TableCell>
                <TableCell align="right">{translate(t('hours'))}</TableCell>
                <TableCell align="right">{translate(t('shortfall'))}</TableCell>
                <TableCell align="right">{translate(t('sessions'))}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {units.flatMap((u) =>
                u.people.map((p, i) => (
                  <TableRow key={p.person.id}>
                    {i === 0 ? (
                      <TableCell rowSpan={u.people.length} sx={{ verticalAlign: 'top' }}>
                        <Typography variant="body2" fontWeight={600}>
                          {u.unit.name}
                        </Typography>
                      </TableCell>
                    ) : null}
                    <TableCell>
                      <Link to={`/people/${p.person.id}/show`}>{p.person.name}</Link>
                      {' · '}
                      <Link to={integrityFilePath('PERSON', p.person.id)} sx={{ fontSize: 12 }}>
                        {translate('app.scoring.reminders.file')}
                      </Link>
                    </TableCell>
                    <TableCell align="right">{p.hours}</TableCell>
                    <TableCell align="right" sx={{ color: 'error.main' }}>
                      {p.shortfall}
                    </TableCell>
                    <TableCell align="right">{p.sessionsAttended}</TableCell>
                  </TableRow>
                )),
              )}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
};
