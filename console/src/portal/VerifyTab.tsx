import { useState } from 'react';
import { Alert, Box, Button, List, ListItem, ListItemText, TextField, Typography } from '@mui/material';
import { usePortalVerifyReportLazyQuery } from '../generated/portal';
import { fill } from './messages';
import { problemOf, usePortalText } from './text';

/** 信用报告验证: a report's code (and printed digest) checked against the issued report's hash. */
export const VerifyTab = () => {
  const { text, enums } = usePortalText();
  const t = text.verify;
  const params = new URLSearchParams(window.location.search);
  const [code, setCode] = useState(params.get('code') ?? '');
  const [digest, setDigest] = useState(params.get('digest') ?? '');
  const [verify, { data, error, loading }] = usePortalVerifyReportLazyQuery({ fetchPolicy: 'no-cache' });
  const v = data?.verifyCreditReport;
  const problem = v && !v.valid ? t.problems[(v.problem ?? 'UNKNOWN_CODE') as keyof typeof t.problems] ?? v.problem : undefined;
  return (
    <Box>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t.intro}
      </Typography>
      <Box
        component="form"
        sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}
        onSubmit={(e) => {
          e.preventDefault();
          void verify({ variables: { verificationCode: code.trim(), digest: digest.trim() || null } });
        }}
      >
        <TextField size="small" label={t.code} placeholder="CR-XXXX-XXXX-XXXX-XXXX" value={code} onChange={(e) => setCode(e.target.value)} sx={{ minWidth: 300 }} />
        <TextField size="small" label={t.digest} placeholder="XXXX-XXXX-XXXX-XXXX" value={digest} onChange={(e) => setDigest(e.target.value)} sx={{ minWidth: 240 }} />
        <Button type="submit" variant="contained" disabled={loading || !code.trim()}>
          {t.verify}
        </Button>
      </Box>
      {error ? <Alert severity="error" sx={{ mt: 2 }}>{fill(text.error, { message: problemOf(error) })}</Alert> : null}
      {problem ? <Alert severity="error" sx={{ mt: 2 }}>{fill(t.invalid, { reason: problem })}</Alert> : null}
      {v?.valid ? (
        <Box sx={{ mt: 2 }} role="region" aria-label={t.valid}>
          <Alert severity="success">{t.valid}</Alert>
          <List dense>
            <ListItem><ListItemText primary={t.number} secondary={v.reportNumber} /></ListItem>
            <ListItem><ListItemText primary={t.issued} secondary={v.issuedOn} /></ListItem>
            <ListItem>
              <ListItemText primary={t.subject} secondary={`${v.subjectName ?? ''}${v.subjectType ? ` · ${enums.SubjectType[v.subjectType]}` : ''}`} />
            </ListItem>
            <ListItem><ListItemText primary={t.records} secondary={`${v.records}（${v.countingRecords}）`} /></ListItem>
            <ListItem><ListItemText primary={t.commitments} secondary={v.commitments} /></ListItem>
            <ListItem><ListItemText primary={t.grade} secondary={v.latestGrade ? text.grades[v.latestGrade] : '—'} /></ListItem>
          </List>
        </Box>
      ) : null}
    </Box>
  );
};
