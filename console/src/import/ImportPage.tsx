import { useState } from 'react';
import { useApolloClient } from '@apollo/client';
import DownloadIcon from '@mui/icons-material/Download';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  LinearProgress,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { Title, useNotify, useTranslate } from 'react-admin';
import {
  ImportChunkAppendDocument,
  ImportJobCreateDocument,
  ImportJobViewDocument,
  ImportRunDocument,
  ImportTemplateFileDocument,
  type ImportJobViewFragment,
  type ImportKind,
} from '../generated/graphql';
import { saveBlob } from '../common/xlsx-export';
import { toHttpError } from '../providers/server-error';

const t = (key: string) => `app.exchange.import.${key}`;
const KINDS: ImportKind[] = ['UNIT', 'PERSON', 'ENTERPRISE', 'COMMITMENT', 'DISHONESTY_RECORD'];
/** Bytes per part: a part and its JSON stay under the server's 1 MB request limit. */
const PART = 512 * 1024;
const RUNNING = new Set(['VALIDATING', 'IMPORTING']);

const toBase64 = (bytes: Uint8Array) => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};

/** 批量导入: template, upload with progress, dry run with every row's errors, then the import. */
export const ImportPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const client = useApolloClient();
  const [kind, setKind] = useState<ImportKind>('PERSON');
  const [file, setFile] = useState<File | null>(null);
  const [uploaded, setUploaded] = useState(0);
  const [job, setJob] = useState<ImportJobViewFragment | null>(null);
  const [busy, setBusy] = useState(false);

  const fail = (error: unknown) => {
    const mapped = toHttpError(error);
    const message = mapped instanceof Error ? mapped.message : 'ra.notification.http_error';
    notify(message, { type: 'error', messageArgs: { _: message } });
  };

  const downloadTemplate = async () => {
    try {
      const { data } = await client.query({ query: ImportTemplateFileDocument, variables: { kind }, fetchPolicy: 'no-cache' });
      const bytes = Uint8Array.from(atob(data.importTemplate.content), (c) => c.charCodeAt(0));
      saveBlob(new Blob([bytes]), data.importTemplate.fileName);
    } catch (error) {
      fail(error);
    }
  };

  /** Polls the job until its dry run or import has finished, showing processed/total meanwhile. */
  const follow = async (id: string) => {
    for (;;) {
      const { data } = await client.query({ query: ImportJobViewDocument, variables: { id }, fetchPolicy: 'no-cache' });
      setJob(data.importJob);
      if (!RUNNING.has(data.importJob.status)) return data.importJob;
      await new Promise((r) => setTimeout(r, 500));
    }
  };

  const check = async () => {
    if (!file) return;
    setBusy(true);
    setJob(null);
    try {
      const created = await client.mutate({ mutation: ImportJobCreateDocument, variables: { input: { kind, fileName: file.name } } });
      const id = created.data!.createImportJob.id;
      const bytes = new Uint8Array(await file.arrayBuffer());
      setUploaded(0);
      for (let at = 0; at < bytes.length; at += PART) {
        await client.mutate({ mutation: ImportChunkAppendDocument, variables: { id, data: toBase64(bytes.subarray(at, at + PART)) } });
        setUploaded(Math.min(bytes.length, at + PART) / bytes.length);
      }
      await client.mutate({ mutation: ImportRunDocument, variables: { id, dryRun: true } });
      await follow(id);
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const importNow = async () => {
    if (!job) return;
    setBusy(true);
    try {
      await client.mutate({ mutation: ImportRunDocument, variables: { id: job.id, dryRun: false } });
      const done = await follow(job.id);
      if (done.status === 'DONE') notify(t('done'), { type: 'success', messageArgs: { smart_count: done.created } });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const running = job && RUNNING.has(job.status);
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={t('title')} />
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">
            {translate(t('intro'))}
          </Typography>
          <Stack direction="row" spacing={2} alignItems="center">
            <TextField select size="small" label={translate(t('kind'))} value={kind} onChange={(e) => setKind(e.target.value as ImportKind)} sx={{ minWidth: 180 }}>
              {KINDS.map((k) => (
                <MenuItem key={k} value={k}>
                  {translate(`app.exchange.kinds.${k}`)}
                </MenuItem>
              ))}
            </TextField>
            <Button startIcon={<DownloadIcon />} onClick={downloadTemplate}>
              {translate(t('template'))}
            </Button>
          </Stack>
          <Stack direction="row" spacing={2} alignItems="center">
            <Button variant="outlined" component="label" disabled={busy}>
              {translate(t('choose'))}
              <input
                hidden
                type="file"
                name="import-file"
                accept=".xlsx,.csv"
                onChange={(e) => {
                  setFile(e.target.files?.[0] ?? null);
                  setJob(null);
                }}
              />
            </Button>
            <Typography>{file?.name ?? translate(t('no_file'))}</Typography>
            <Button variant="contained" onClick={check} disabled={!file || busy}>
              {translate(t('check'))}
            </Button>
          </Stack>
          {busy && !job ? <LinearProgress variant="determinate" value={uploaded * 100} aria-label={translate(t('uploading'))} /> : null}
          {job ? <JobOutcome job={job} /> : null}
          {running ? <LinearProgress variant={job.total ? 'determinate' : 'indeterminate'} value={job.total ? (job.processed / job.total) * 100 : 0} /> : null}
          {job?.status === 'VALID' ? (
            <Box>
              <Button variant="contained" color="primary" onClick={importNow} disabled={busy}>
                {translate(t('import'), { smart_count: job.total })}
              </Button>
            </Box>
          ) : null}
        </Stack>
      </CardContent>
    </Card>
  );
};

/** What the dry run or the import found: a summary and, for a file with errors, every problem by row and column. */
const JobOutcome = ({ job }: { job: ImportJobViewFragment }) => {
  const translate = useTranslate();
  const severity = job.status === 'DONE' || job.status === 'VALID' ? 'success' : job.status === 'INVALID' || job.status === 'FAILED' ? 'error' : 'info';
  return (
    <>
      <Alert severity={severity} role="status">
        {translate(t(`status.${job.status}`), { total: job.total, processed: job.processed, created: job.created, errors: job.errorRows })}
      </Alert>
      {job.errors.length ? (
        <Table size="small" aria-label={translate(t('errors'))}>
          <TableHead>
            <TableRow>
              <TableCell>{translate(t('row'))}</TableCell>
              <TableCell>{translate(t('column'))}</TableCell>
              <TableCell>{translate(t('reason'))}</TableCell>
              <TableCell>{translate(t('message'))}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {job.errors.map((e, i) => (
              <TableRow key={i}>
                <TableCell>{e.row}</TableCell>
                <TableCell>{e.column ?? '—'}</TableCell>
                <TableCell>{translate(`app.errors.${e.reason}`, { _: e.reason })}</TableCell>
                <TableCell>{e.message}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </>
  );
};
