import { useState } from 'react';
import { Alert, Box, Button, Card, CardContent, CardHeader, List, ListItem, ListItemText, TextField, Typography } from '@mui/material';
import { useLocation, useLocaleState, useTranslate } from 'react-admin';
import { StatusChip } from '../common/StatusChipField';
import { useCreditCheckVerifyLazyQuery, type CreditCheckVerifyQuery } from '../generated/graphql';
import { toHttpError } from '../providers/server-error';
import { reasonsOf, useReasonText } from './reasons';


const t = (key: string) => `app.verify.${key}`;

type Verification = CreditCheckVerifyQuery['verifyCreditCheck'];

/** 核查结果验证: anyone holding a verification code confirms the check it belongs to; no sign-in. */
export const VerifyPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const location = useLocation();
  const reasonText = useReasonText();
  const [code, setCode] = useState(() => new URLSearchParams(location.search).get('code') ?? '');
  const [verification, setVerification] = useState<Verification>();
  const [problem, setProblem] = useState<string>();
  const [verify, { loading }] = useCreditCheckVerifyLazyQuery({ fetchPolicy: 'no-cache' });

  const submit = async () => {
    setProblem(undefined);
    setVerification(undefined);
    try {
      const { data, error } = await verify({ variables: { verificationCode: code.trim() } });
      if (error || !data) throw error ?? new Error('ra.notification.http_error');
      setVerification(data.verifyCreditCheck);
    } catch (failure) {
      const mapped = toHttpError(failure) as { message?: string };
      setProblem(translate(mapped.message ?? 'ra.notification.http_error', { _: mapped.message }));
    }
  };

  const reasons = reasonsOf(verification?.reasons);
  return (
    <Box component="main" sx={{ minHeight: '100vh', bgcolor: 'grey.100', display: 'flex', justifyContent: 'center', alignItems: 'flex-start', p: 2 }}>
      <Card sx={{ mt: 8, width: 560, maxWidth: '100%' }}>
        <CardHeader title={translate(t('title'))} subheader={translate('app.title')} />
        <CardContent>
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            {translate(t('intro'))}
          </Typography>
          <Box
            component="form"
            sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <TextField
              fullWidth
              size="small"
              label={translate(t('code'))}
              placeholder="CC-XXXX-XXXX-XXXX-XXXX"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              slotProps={{ htmlInput: { style: { fontFamily: 'monospace' } } }}
            />
            <Button type="submit" variant="contained" disabled={loading || !code.trim()}>
              {translate(t('verify'))}
            </Button>
          </Box>
          {problem ? (
            <Alert severity="error" sx={{ mt: 2 }}>
              {problem}
            </Alert>
          ) : null}
          {verification && !verification.valid ? (
            <Alert severity="error" sx={{ mt: 2 }}>
              {translate(t('invalid'))}
            </Alert>
          ) : null}
          {verification?.valid ? (
            <Box sx={{ mt: 2 }} aria-label={translate(t('result'))} role="region">
              <Alert severity="success" sx={{ mb: 2 }}>
                {translate(t('valid'))}
              </Alert>
              <List dense disablePadding>
                <ListItem disableGutters>
                  <ListItemText primary={translate(t('decision'))} />
                  {verification.decision ? <StatusChip enumName="CheckDecision" value={verification.decision} size="medium" /> : null}
                </ListItem>
                <ListItem disableGutters>
                  <ListItemText
                    primary={translate(t('subject'))}
                    secondary={`${verification.subjectName ?? '—'}${
                      verification.subjectType ? ` · ${translate(`app.enums.CheckSubjectType.${verification.subjectType}`)}` : ''
                    }`}
                  />
                </ListItem>
                <ListItem disableGutters>
                  <ListItemText primary={translate(t('purpose'))} secondary={verification.purpose ?? '—'} />
                </ListItem>
                <ListItem disableGutters>
                  <ListItemText
                    primary={translate(t('checked_at'))}
                    secondary={verification.checkedAt ? new Date(verification.checkedAt).toLocaleString(locale) : '—'}
                  />
                </ListItem>
                <ListItem disableGutters>
                  <ListItemText
                    primary={translate(t('reasons'))}
                    secondary={reasons.length ? reasons.map(reasonText).join('；') : translate('app.credit_check.no_reasons')}
                  />
                </ListItem>
              </List>
            </Box>
          ) : null}
        </CardContent>
      </Card>
    </Box>
  );
};
