import { Alert, Box, Card, CardContent, CardHeader, Chip, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { Link, useLocaleState, useTranslate } from 'react-admin';
import { StatusChip } from '../common/StatusChipField';
import type { CreditCheckResultFragment } from '../generated/graphql';
import { reasonsOf, useReasonText } from './reasons';
import { verifyPath } from '../routes';

const t = (key: string) => `app.credit_check.${key}`;

/** The decision, its reasons and the verification code of a check just made. */
export const CheckResult = ({ check }: { check: CreditCheckResultFragment }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const reasonText = useReasonText();
  const reasons = reasonsOf(check.reasons);
  const severity = check.decision === 'REFUSE' ? 'error' : check.decision === 'WARN' ? 'warning' : 'success';
  return (
    <Card variant="outlined" component="section" aria-label={translate(t('result'))} sx={{ mt: 2 }}>
      <CardHeader
        title={translate(t('result'))}
        subheader={`${check.subjectName} · ${translate(`app.enums.CheckSubjectType.${check.subjectType}`)}`}
        action={<StatusChip enumName="CheckDecision" value={check.decision} size="medium" />}
      />
      <CardContent>
        <Alert severity={severity} sx={{ mb: 2 }}>
          {translate(t(`decision_${check.decision}`))}
        </Alert>
        <Typography variant="subtitle2">{translate(t('reasons'))}</Typography>
        {reasons.length ? (
          <List dense>
            {reasons.map((r, i) => (
              <ListItem key={`${r.code}-${i}`} disableGutters>
                <ListItemText primary={reasonText(r)} />
                <Chip
                  size="small"
                  color={r.blocking ? 'error' : 'warning'}
                  label={translate(r.blocking ? t('blocking') : t('notice'))}
                />
              </ListItem>
            ))}
          </List>
        ) : (
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            {translate(t('no_reasons'))}
          </Typography>
        )}
        <Stack spacing={0.5} sx={{ mt: 1 }}>
          <Typography variant="subtitle2">{translate(t('verification_code'))}</Typography>
          <Box
            data-testid="verification-code"
            sx={{ fontFamily: 'monospace', fontSize: '1.6rem', letterSpacing: 1, p: 1.5, bgcolor: 'action.hover', borderRadius: 1, width: 'fit-content' }}
          >
            {check.verificationCode}
          </Box>
          <Typography variant="body2" color="text.secondary">
            {translate(t('verification_hint'))} <Link to={verifyPath(check.verificationCode)}>{translate(t('open_verify'))}</Link>
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate(t('checked'), {
              at: new Date(check.checkedAt).toLocaleString(locale),
              by: check.checkedByName ?? '—',
              purpose: check.purpose,
            })}
          </Typography>
        </Stack>
      </CardContent>
    </Card>
  );
};
