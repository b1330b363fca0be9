import { useState } from 'react';
import {
  Alert,
  Box,
  Chip,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Link, useCreatePath, useLocaleState, useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import { useRecordHistoryQuery } from '../generated/graphql';
import { TablePager } from './TablePager';

/** The server's entity type of each resource whose show page has a history. */
const ENTITY_TYPES: Record<string, string> = {
  units: 'Unit',
  people: 'Person',
  'leading-groups': 'LeadingGroup',
  users: 'User',
  commitments: 'Commitment',
  'dishonesty-records': 'DishonestyRecord',
  measures: 'Measure',
  'measure-applications': 'MeasureApplication',
  complaints: 'Complaint',
  'reply-templates': 'ReplyTemplate',
  enterprises: 'Enterprise',
  'procurement-projects': 'ProcurementProject',
  'ppp-projects': 'PppProject',
};

/** `supervision-tasks` → `SupervisionTask`: the naming the resources follow, for those not listed. */
function entityTypeOf(resource: string): string {
  if (ENTITY_TYPES[resource]) return ENTITY_TYPES[resource];
  const singular = resource.replace(/ies$/, 'y').replace(/s$/, '');
  return singular.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());
}

/** A field's value as the audit trail stored it. */
function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Changed fields of an event: `{ field: { before, after } }`, or a plain value (created, read). */
function diffsOf(changes: unknown): { field: string; before?: unknown; after: unknown }[] {
  if (!changes || typeof changes !== 'object') return [];
  return Object.entries(changes as Record<string, unknown>).map(([field, v]) =>
    v && typeof v === 'object' && ('before' in v || 'after' in v)
      ? { field, before: (v as { before?: unknown }).before, after: (v as { after?: unknown }).after }
      : { field, after: v },
  );
}

/** 变更历史: every audit event of the record in view, oldest first, with who, which command and the fields changed. */
export const RecordHistory = ({ entityType }: { entityType?: string }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [locale] = useLocaleState();
  const record = useRecordContext();
  const resource = useResourceContext() ?? '';
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(25);
  const { data, loading, error } = useRecordHistoryQuery({
    variables: { entityType: entityType ?? entityTypeOf(resource), entityId: String(record?.id ?? ''), offset: page * perPage, limit: perPage },
    skip: !record?.id,
    fetchPolicy: 'network-only',
  });
  if (error) return <Alert severity="error">{translate('ra.notification.http_error')}</Alert>;
  const history = data?.entityHistory;
  return (
    <Box sx={{ p: 2 }} data-testid="record-history">
      {loading ? <LinearProgress /> : null}
      {history && history.total === 0 ? <Typography color="text.secondary">{translate('app.history.empty')}</Typography> : null}
      {history && history.total > 0 ? (
        <>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('app.history.when')}</TableCell>
                <TableCell>{translate('app.history.who')}</TableCell>
                <TableCell>{translate('app.history.action')}</TableCell>
                <TableCell>{translate('app.history.command')}</TableCell>
                <TableCell>{translate('app.audit.changes')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {history.items.map((e) => (
                <TableRow key={e.id}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <Link to={createPath({ resource: 'audit-events', id: e.id, type: 'show' })}>
                      {new Date(e.occurredAt).toLocaleString(locale)}
                    </Link>
                  </TableCell>
                  <TableCell>{e.actorName ?? '—'}</TableCell>
                  <TableCell>
                    <Chip size="small" label={translate(`app.enums.AuditAction.${e.action}`)} />
                  </TableCell>
                  <TableCell>{e.command ?? '—'}</TableCell>
                  <TableCell>
                    {diffsOf(e.changes).map((d) => (
                      <Typography key={d.field} variant="body2" component="div">
                        <b>{d.field}</b>: {'before' in d ? `${show(d.before)} → ` : ''}
                        {show(d.after)}
                      </Typography>
                    ))}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <TablePager count={history.total} page={page} perPage={perPage} onPageChange={setPage} onPerPageChange={setPerPage} />
        </>
      ) : null}
    </Box>
  );
};
