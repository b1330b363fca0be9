import { useState } from 'react';
import {
  Alert,
  Card,
  CardContent,
  Chip,
  FormControlLabel,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
} from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { useTrainingHoursQuery } from '../generated/graphql';
import { errorMessage } from '../providers/server-error';
import { TablePager } from '../common/TablePager';


const t = (key: string) => `app.screens.training_hours.${key}`;

/** 学时统计: each member of staff's integrity-education hours in a year against the yearly minimum (a unit reporter: its own staff). */
export const TrainingHoursPage = () => {
  const translate = useTranslate();
  const [year, setYear] = useState(new Date().getFullYear());
  const [behindOnly, setBehindOnly] = useState(false);
  const [page, setPage] = useState(0);
  const perPage = 25;
  const { data, error } = useTrainingHoursQuery({
    variables: { year, behindOnly, offset: page * perPage, limit: perPage, sort: { field: 'HOURS', order: 'ASC' } },
    fetchPolicy: 'network-only',
  });
  const hours = data?.trainingHours;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate(t('title'))} />
      <CardContent>
        <Stack direction="row" spacing={2} alignItems="center" sx={{ mb: 2 }}>
          <TextField
            type="number"
            size="small"
            label={translate('app.screens.fields.year')}
            value={year}
            onChange={(e) => {
              setYear(Number(e.target.value));
              setPage(0);
            }}
          />
          <FormControlLabel
            control={<Switch checked={behindOnly} onChange={(e) => (setBehindOnly(e.target.checked), setPage(0))} />}
            label={translate('app.screens.fields.behind_only')}
          />
        </Stack>
        {error ? <Alert severity="error">{translate(errorMessage(error), { _: errorMessage(error) })}</Alert> : null}
        {hours ? (
          <>
            <Alert severity={hours.behind ? 'warning' : 'success'} sx={{ mb: 2 }}>
              {translate(t('minimum'), { hours: hours.minimumHours, behind: hours.behind })}
            </Alert>
            <Table size="small" aria-label={translate(t('title'))}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate(t('person'))}</TableCell>
                  <TableCell>{translate(t('staff_number'))}</TableCell>
                  <TableCell>{translate(t('unit'))}</TableCell>
                  <TableCell align="right">{translate(t('sessions'))}</TableCell>
                  <TableCell align="right">{translate(t('hours'))}</TableCell>
                  <TableCell align="right">{translate(t('shortfall'))}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {hours.items.map((row) => (
                  <TableRow key={row.person.id}>
                    <TableCell>{row.person.name}</TableCell>
                    <TableCell>{row.person.staffNumber}</TableCell>
                    <TableCell>{row.unit.name}</TableCell>
                    <TableCell align="right">{row.sessionsAttended}</TableCell>
                    <TableCell align="right">{row.hours}</TableCell>
                    <TableCell align="right">
                      {row.behind ? <Chip size="small" color="warning" label={`${translate(t('behind'))} ${row.shortfall}`} /> : '—'}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <TablePager count={hours.total} page={page} perPage={perPage} onPageChange={setPage} />
          </>
        ) : null}
      </CardContent>
    </Card>
  );
};
