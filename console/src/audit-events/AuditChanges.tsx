import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** The field values an audit event recorded, as the server stored them. */
export const AuditChanges = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const changes = record?.changes as Record<string, unknown> | undefined;
  if (!changes || Object.keys(changes).length === 0) {
    return <Typography variant="body2">{translate('app.audit.no_changes')}</Typography>;
  }
  return (
    <Box
      component="pre"
      aria-label={translate('app.audit.changes')}
      sx={{ m: 0, p: 1.5, bgcolor: 'action.hover', borderRadius: 1, fontSize: 13, overflowX: 'auto' }}
    >
      {JSON.stringify(changes, null, 2)}
    </Box>
  );
};
