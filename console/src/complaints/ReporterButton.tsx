import { useState } from 'react';
import ContactPhoneIcon from '@mui/icons-material/ContactPhone';
import {
  Alert,
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableRow,
  TextField,
} from '@mui/material';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import {
  useComplaintReporterLazyQuery,
  type ComplaintReporterQuery,
  type ComplaintReporterQueryVariables,
} from '../generated/graphql';
import { toHttpError } from '../providers/server-error';
import type { ComplaintRecord } from './complaints.source';

/** Reading a reporter's identity is a sensitive read: the server requires a 查阅事由 and audits it. */
const ASKS_PURPOSE = true;

const reporterVariables = (id: string, purpose: string) =>
  ({ id, ...(ASKS_PURPOSE ? { purpose } : {}) }) as ComplaintReporterQueryVariables;

type Reporter = ComplaintReporterQuery['complaintReporter'];

const t = (key: string) => `app.complaint.reporter.${key}`;

/** 查看举报人信息: the 信访保密员 alone reads who filed the report; nothing is kept in the page's cache. */
export const ReporterButton = () => {
  const record = useRecordContext<ComplaintRecord>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [purpose, setPurpose] = useState('');
  const [reporter, setReporter] = useState<Reporter>();
  const [problem, setProblem] = useState<string>();
  const [load, { loading }] = useComplaintReporterLazyQuery({ fetchPolicy: 'no-cache' });
  if (!record) return null;

  const close = () => {
    setOpen(false);
    setReporter(undefined);
    setPurpose('');
    setProblem(undefined);
  };

  const show = async (why: string) => {
    setProblem(undefined);
    try {
      const { data, error } = await load({ variables: reporterVariables(record.id, why.trim()) });
      if (error || !data) throw error ?? new Error('ra.notification.http_error');
      setReporter(data.complaintReporter);
    } catch (failure) {
      const mapped = toHttpError(failure) as { message?: string };
      setProblem(translate(mapped.message ?? 'ra.notification.http_error', { _: mapped.message }));
    }
  };

  const rows: [string, string | null | undefined][] = reporter
    ? [
        [t('name'), reporter.name],
        [t('phone'), reporter.phone],
        [t('contact'), reporter.contact],
      ]
    : [];

  return (
    <>
      <Button
        label={t('button')}
        onClick={() => {
          setOpen(true);
          if (!ASKS_PURPOSE) void show('');
        }}
      >
        <ContactPhoneIcon />
      </Button>
      <Dialog open={open} onClose={close} maxWidth="xs" fullWidth aria-labelledby="complaint-reporter-title">
        <DialogTitle id="complaint-reporter-title">{translate(t('title'), { caseNumber: record.caseNumber })}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 1 }}>{translate(t('hint'))}</DialogContentText>
          {ASKS_PURPOSE && !reporter ? (
            <TextField
              autoFocus
              fullWidth
              margin="normal"
              required
              label={translate(t('purpose'))}
              value={purpose}
              onChange={(e) => setPurpose(e.target.value)}
            />
          ) : null}
          {problem ? <Alert severity="error">{problem}</Alert> : null}
          {reporter?.anonymous ? <Alert severity="info">{translate(t('anonymous'))}</Alert> : null}
          {reporter && !reporter.anonymous ? (
            <Table size="small">
              <TableBody>
                {rows.map(([label, value]) => (
                  <TableRow key={label}>
                    <TableCell component="th" scope="row">
                      {translate(label)}
                    </TableCell>
                    <TableCell>{value || '—'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : null}
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={close}>{translate('ra.action.close')}</MuiButton>
          {ASKS_PURPOSE && !reporter ? (
            <MuiButton variant="contained" disabled={loading || purpose.trim().length < 2} onClick={() => void show(purpose)}>
              {translate(t('show'))}
            </MuiButton>
          ) : null}
        </DialogActions>
      </Dialog>
    </>
  );
};
