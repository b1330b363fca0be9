import { useState, type FormEvent } from 'react';
import { Box, Button, Card, CardContent, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** Asks why the file is read before loading it: the server records every read with its purpose. */
export const IntegrityFilePurpose = ({ onSubmit }: { onSubmit: (purpose: string) => void }) => {
  const translate = useTranslate();
  const [purpose, setPurpose] = useState('');
  // The server refuses a purpose shorter than two characters.
  const ready = purpose.trim().length >= 2;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ready) onSubmit(purpose.trim());
  };
  return (
    <Card variant="outlined" sx={{ mt: 2, maxWidth: 560 }}>
      <CardContent component="form" onSubmit={submit}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('app.integrity.purpose.help')}
        </Typography>
        <TextField
          label={translate('app.integrity.purpose.label')}
          value={purpose}
          onChange={(e) => setPurpose(e.target.value)}
          fullWidth
          required
          autoFocus
          slotProps={{ htmlInput: { maxLength: 200 } }}
        />
        <Box sx={{ mt: 2 }}>
          <Button type="submit" variant="contained" disabled={!ready}>
            {translate('app.integrity.purpose.submit')}
          </Button>
        </Box>
      </CardContent>
    </Card>
  );
};
