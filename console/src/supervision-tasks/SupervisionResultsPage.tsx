import { useState } from 'react';
import { Card, CardContent, CardHeader, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { useAppearanceRateQuery, useSupervisionTaskResultsQuery } from '../generated/graphql';

const t = (key: string) => `app.screens.supervision_results.${key}`;

/** A table of figures per unit: the header keys, then one row of cells per unit. */
const FigureTable = ({ label, heads, rows }: { label: string; heads: string[]; rows: { key: string; cells: (string | number)[] }[] }) => {
  const translate = useTranslate();
  return (
    <Table size="small" aria-label={translate(label)}>
      <TableHead>
        <TableRow>
          {heads.map((h, i) => (
            <TableCell key={h} align={i ? 'right' : 'left'}>
              {translate(t(h))}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.key}>
            {r.cells.map((c, i) => (
              <TableCell key={i} align={i ? 'right' : 'left'}>
                {c}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const percent = (rate: number | null | undefined) => (rate === null || rate === undefined ? '—' : `${Math.round(rate * 1000) / 10}%`);

/**
 * 督办考核: per unit, the supervision tasks due in a year (accepted, on time,
 * overdue, average score) and the heads' court appearance rate — the figures the
 * performance assessment (机关绩效考核) takes. A unit reporter sees its own unit.
 */
export const SupervisionResultsPage = () => {
  const translate = useTranslate();
  const [year, setYear] = useState(new Date().getFullYear());
  const valid = year >= 2000 && year <= 2100;
  const tasks = useSupervisionTaskResultsQuery({ variables: { year }, skip: !valid, fetchPolicy: 'network-only' });
  const appearances = useAppearanceRateQuery({ variables: { year }, skip: !valid, fetchPolicy: 'network-only' });
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title={translate(t('title'))} />
      <TextField
        type="number"
        size="small"
        sx={{ maxWidth: 160 }}
        label={translate('app.screens.fields.year')}
        value={year}
        error={!valid}
        helperText={valid ? undefined : translate('app.errors.YEAR_OUT_OF_RANGE')}
        onChange={(e) => setYear(Number(e.target.value))}
      />
      <Card>
        <CardHeader title={translate(t('tasks'))} />
        <CardContent>
          <FigureTable
            label={t('tasks')}
            heads={['unit', 'due', 'accepted', 'on_time', 'overdue', 'average']}
            rows={(tasks.data?.supervisionTaskResults ?? []).map((r) => ({
              key: r.unit.id,
              cells: [r.unit.name, r.tasks, r.accepted, r.onTime, r.overdue, r.averageScore ?? '—'],
            }))}
          />
        </CardContent>
      </Card>
      <Card>
        <CardHeader title={translate(t('appearances'))} />
        <CardContent>
          <FigureTable
            label={t('appearances')}
            heads={['unit', 'required', 'appeared', 'delegated', 'absent', 'unrecorded', 'rate']}
            rows={(appearances.data?.appearanceRate ?? []).map((r) => ({
              key: r.unit.id,
              cells: [r.unit.name, r.required, r.appeared, r.delegated, r.absent, r.unrecorded, percent(r.rate)],
            }))}
          />
        </CardContent>
      </Card>
    </Stack>
  );
};
