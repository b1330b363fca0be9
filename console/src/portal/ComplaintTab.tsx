import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, Card, CardContent, CardHeader, Checkbox, FormControlLabel, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { type ComplaintCategory } from '../generated/graphql';
import { usePortalComplaintByReceiptLazyQuery, usePortalSubmitComplaintMutation, type PortalSubmitComplaintMutation } from '../generated/portal';
import { fill } from './messages';
import { problemOf, usePortalText } from './text';

/** 投诉举报: the existing anonymous intake (submitPublicComplaint) and receipt look-up (complaintByReceipt). */
export const ComplaintTab = () => {
  const { text, enums } = usePortalText();
  const t = text.complaint;
  const [form, setForm] = useState({ category: 'OTHER' as ComplaintCategory, title: '', content: '', concernedText: '', anonymous: true, reporterName: '', reporterPhone: '' });
  const [receipt, setReceipt] = useState<PortalSubmitComplaintMutation['submitPublicComplaint']>();
  const [problem, setProblem] = useState<string>();
  const [submit, { loading }] = usePortalSubmitComplaintMutation();
  const [code, setCode] = useState('');
  const [lookUp, lookup] = usePortalComplaintByReceiptLazyQuery({ fetchPolicy: 'no-cache' });
  const set = (k: keyof typeof form) => (e: { target: { value: string; checked?: boolean } }) =>
    setForm({ ...form, [k]: k === 'anonymous' ? e.target.checked : e.target.value });

  const send = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(undefined);
    try {
      const { data } = await submit({
        variables: {
          input: {
            category: form.category,
            title: form.title.trim(),
            content: form.content.trim(),
            concernedText: form.concernedText.trim() || null,
            anonymous: form.anonymous,
            reporterName: form.anonymous ? null : form.reporterName.trim() || null,
            reporterPhone: form.anonymous ? null : form.reporterPhone.trim() || null,
          },
        },
      });
      setReceipt(data?.submitPublicComplaint);
    } catch (failure) {
      setProblem(fill(text.error, { message: problemOf(failure) }));
    }
  };
  const status = lookup.data?.complaintByReceipt;
  return (
    <Stack spacing={2}>
      <Card variant="outlined">
        <CardHeader title={text.tabs.complaint} subheader={t.intro} />
        <CardContent>
          {receipt ? (
            <Alert severity="success" role="status">
              {fill(t.received, { caseNumber: receipt.caseNumber, receiptCode: receipt.receiptCode, due: receipt.acceptanceDueOn })}
            </Alert>
          ) : (
            <Box component="form" onSubmit={send} sx={{ display: 'grid', gap: 2 }}>
              <TextField select size="small" label={t.category} value={form.category} onChange={set('category')}>
                {Object.entries(enums.ComplaintCategory).map(([value, label]) => (
                  <MenuItem key={value} value={value}>
                    {label}
                  </MenuItem>
                ))}
              </TextField>
              <TextField size="small" required label={t.title} value={form.title} onChange={set('title')} />
              <TextField required multiline minRows={4} label={t.content} value={form.content} onChange={set('content')} />
              <TextField size="small" label={t.concerned} value={form.concernedText} onChange={set('concernedText')} />
              <FormControlLabel control={<Checkbox checked={form.anonymous} onChange={set('anonymous')} />} label={t.anonymous} />
              {form.anonymous ? null : (
                <Stack direction="row" spacing={2}>
                  <TextField size="small" label={t.name} value={form.reporterName} onChange={set('reporterName')} />
                  <TextField size="small" label={t.phone} value={form.reporterPhone} onChange={set('reporterPhone')} />
                </Stack>
              )}
              {problem ? <Alert severity="error">{problem}</Alert> : null}
              <Box>
                <Button type="submit" variant="contained" disabled={loading}>
                  {t.submit}
                </Button>
              </Box>
            </Box>
          )}
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardHeader title={t.lookup} />
        <CardContent>
          <Box
            component="form"
            sx={{ display: 'flex', gap: 1 }}
            onSubmit={(e) => {
              e.preventDefault();
              void lookUp({ variables: { receiptCode: code.trim() } });
            }}
          >
            <TextField size="small" label={t.receipt} value={code} onChange={(e) => setCode(e.target.value)} sx={{ minWidth: 320 }} />
            <Button type="submit" variant="outlined" disabled={!code.trim()}>
              {t.look_up}
            </Button>
          </Box>
          {lookup.error ? <Alert severity="error" sx={{ mt: 2 }}>{fill(text.error, { message: problemOf(lookup.error) })}</Alert> : null}
          {status ? (
            <Box sx={{ mt: 2 }}>
              <Typography>
                {status.caseNumber} · {t.status}：{enums.ComplaintStatus[status.status]}
              </Typography>
              {status.notAcceptedReason ? <Typography color="text.secondary">{status.notAcceptedReason}</Typography> : null}
              {status.reply ? (
                <Typography sx={{ mt: 1 }}>
                  {t.reply}：{status.reply}
                </Typography>
              ) : null}
            </Box>
          ) : null}
        </CardContent>
      </Card>
    </Stack>
  );
};
