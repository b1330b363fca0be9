import { useState } from 'react';
import KeyIcon from '@mui/icons-material/Key';
import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { Button, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { useUserResetPasswordMutation } from '../generated/graphql';
import { toHttpError } from '../providers/server-error';

/** Sets a new password for the user being edited (the server signs the user out everywhere). */
export const ResetPasswordButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string>();
  const [resetPassword, { loading }] = useUserResetPasswordMutation();
  if (!record) return null;

  const close = () => {
    setOpen(false);
    setPassword('');
    setProblem(undefined);
  };

  const submit = async () => {
    try {
      await resetPassword({ variables: { id: String(record.id), newPassword: password } });
      notify('app.reset_password.done', { type: 'success' });
      close();
    } catch (error) {
      const mapped = toHttpError(error) as { message?: string; body?: { errors?: Record<string, string> } };
      setProblem(translate(mapped.body?.errors?.newPassword ?? mapped.message ?? 'ra.notification.http_error', { _: mapped.message }));
    }
  };

  return (
    <>
      <Button label="app.reset_password.button" onClick={() => setOpen(true)}>
        <KeyIcon />
      </Button>
      <Dialog open={open} onClose={close} maxWidth="xs" fullWidth>
        <DialogTitle>{translate('app.reset_password.title', { name: record.username })}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('app.reset_password.hint')}</DialogContentText>
          <TextField
            autoFocus
            fullWidth
            margin="normal"
            type="password"
            autoComplete="new-password"
            label={translate('app.reset_password.new_password')}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={!!problem}
            helperText={problem}
          />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={close}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton onClick={submit} disabled={!password || loading} variant="contained">
            {translate('ra.action.confirm')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};
