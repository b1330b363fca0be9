import { useState } from 'react';
import RadarIcon from '@mui/icons-material/Radar';
import {
  Alert,
  Box,
  Card,
  Grid,
  LinearProgress,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
} from '@mui/material';
import { Button, CanAccess, Link, Title, useGetList, useNotify, useTranslate } from 'react-admin';
import { CountCard } from '../common/CountCard';
import { DaysLeftChip } from '../common/DeadlineField';
import { WARNING_KINDS, WARNING_LEVELS } from '../common/enums';
import { StatusChip } from '../common/StatusChipField';
import { useWarningBoardQuery, useWarningScanMutation, type WarningLevel } from '../generated/first-page';
import { toHttpError } from '../providers/server-error';
import { useEntityLinks } from './entity-links';
import { TablePager } from '../common/TablePager';

const t = (key: string) => `app.warnings.${key}`;

/** 立即扫描: computes the warnings and sends the notifications now (admins). */
const ScanButton = ({ onDone }: { onDone: () => void }) => {
  const notify = useNotify();
  const [scan, { loading }] = useWarningScanMutation();
  return (
    <Button
      label={t('scan')}
      disabled={loading}
      variant="contained"
      onClick={async () => {
        try {
          const { data } = await scan();
          const report = data?.runWarningScan;
          if (report && !report.ran) notify(t('scan_busy'), { type: 'info' });
          else notify(t('scan_done'), { type: 'success', messageArgs: { warnings: report?.warnings ?? 0, created: report?.notificationsCreated ?? 0 } });
          onDone();
        } catch (error) {
          const mapped = toHttpError(error) as { message?: string };
          notify(mapped.message ?? 'ra.notification.http_error', { type: 'error' });
        }
      }}
    >
      <RadarIcon />
    </Button>
  );
};

/** 监测预警: open items past 80% of their time limit (yellow) or overdue (red), soonest first. */
export const WarningBoard = () => {
  const translate = useTranslate();
  const [level, setLevel] = useState<WarningLevel | ''>('');
  const [kind, setKind] = useState('');
  const [unitId, setUnitId] = useState('');
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(25);
  const { data: units } = useGetList('units', { pagination: { page: 1, perPage: 100 }, sort: { field: 'sortOrder', order: 'ASC' } });
  const { data, loading, error, refetch } = useWarningBoardQuery({
    variables: {
      levels: level ? [level] : undefined,
      kinds: kind ? [kind] : undefined,
      unitId: unitId || undefined,
      offset: page * perPage,
      limit: perPage,
    },
    fetchPolicy: 'network-only',
  });
  const board = data?.warnings;
  const linkOf = useEntityLinks(board?.items ?? []);
  const select = (label: string, value: string, onChange: (v: string) => void, options: [string, string][]) => (
    <TextField
      select
      size="small"
      fullWidth={false}
      label={translate(label)}
      value={value}
      onChange={(e) => {
        onChange(e.target.value);
        setPage(0);
      }}
      sx={{ width: 220 }}
    >
      <MenuItem value="">{translate(t('all'))}</MenuItem>
      {options.map(([id, name]) => (
        <MenuItem key={id} value={id}>
          {name}
        </MenuItem>
      ))}
    </TextField>
  );

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={t('title')} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <CountCard label={translate(t('red'))} value={board?.red} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 3 }}>
          <CountCard label={translate(t('yellow'))} value={board?.yellow} />
        </Grid>
      </Grid>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', my: 2 }}>
        {select(
          t('level'),
          level,
          (v) => setLevel(v as WarningLevel | ''),
          WARNING_LEVELS.map((l) => [l, translate(`app.enums.WarningLevel.${l}`)]),
        )}
        {select(t('kind'), kind, setKind, WARNING_KINDS.map((k) => [k, translate(`app.enums.WarningKind.${k}`)]))}
        {select(t('unit'), unitId, setUnitId, (units ?? []).map((u) => [String(u.id), String(u.name)]))}
        <Box sx={{ flex: 1 }} />
        <CanAccess resource="warnings" action="scan">
          <ScanButton onDone={() => void refetch()} />
        </CanAccess>
      </Box>
      {error ? <Alert severity="error">{translate((toHttpError(error) as Error).message, { _: error.message })}</Alert> : null}
      <Card variant="outlined">
        {loading ? <LinearProgress /> : null}
        <Table size="small" aria-label={translate(t('title'))}>
          <TableHead>
            <TableRow>
              {['level', 'kind', 'item', 'dueOn', 'daysLeft', 'elapsed', 'unit', 'person'].map((c) => (
                <TableCell key={c}>{translate(t(`columns.${c}`))}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {board && board.items.length === 0 ? (
              <TableRow>
                <TableCell colSpan={8}>{translate(t('empty'))}</TableCell>
              </TableRow>
            ) : null}
            {(board?.items ?? []).map((w) => {
              const to = linkOf(w);
              return (
                <TableRow key={`${w.entityType}:${w.entityId}:${w.kind}`} data-level={w.level} className="warning-row">
                  <TableCell>
                    <StatusChip enumName="WarningLevel" value={w.level} />
                  </TableCell>
                  <TableCell>{translate(`app.enums.WarningKind.${w.kind}`, { _: w.kind })}</TableCell>
                  <TableCell>{to ? <Link to={to}>{w.title}</Link> : w.title}</TableCell>
                  <TableCell>{w.dueOn}</TableCell>
                  <TableCell>
                    <DaysLeftChip days={w.daysLeft} />
                  </TableCell>
                  <TableCell>{w.elapsedPercent}%</TableCell>
                  <TableCell>{w.responsibleUnit.name}</TableCell>
                  <TableCell>{w.responsiblePerson?.name ?? '—'}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
        <TablePager count={board?.total ?? 0} page={page} perPage={perPage} onPageChange={setPage} onPerPageChange={setPerPage} />
      </Card>
    </Box>
  );
};
