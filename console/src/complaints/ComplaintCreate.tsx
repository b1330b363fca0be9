import { useState } from 'react';
import {
  Alert,
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Typography,
} from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  Create,
  DateInput,
  FormDataConsumer,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { complaintCategoryChoices, staffChannelChoices } from '../common/enums';
import type { RegisteredComplaintRecord } from './complaints.source';

const t = (key: string) => `app.complaint.receipt.${key}`;

/** The receipt code, shown once: the reporter needs it to follow the case, and it is not stored. */
const ReceiptDialog = ({ registered, onClose }: { registered: RegisteredComplaintRecord; onClose: () => void }) => {
  const translate = useTranslate();
  return (
    <Dialog open maxWidth="sm" fullWidth aria-labelledby="receipt-title" disableEscapeKeyDown>
      <DialogTitle id="receipt-title">{translate(t('title'), { caseNumber: registered.caseNumber })}</DialogTitle>
      <DialogContent>
        <DialogContentText>{translate(t('tell'))}</DialogContentText>
        <Typography
          component="p"
          variant="h5"
          data-testid="receipt-code"
          sx={{ fontFamily: 'monospace', letterSpacing: 1, my: 2, p: 2, textAlign: 'center', bgcolor: 'action.hover', borderRadius: 1 }}
        >
          {registered.receiptCode}
        </Typography>
        <Alert severity="warning">{translate(t('once'))}</Alert>
      </DialogContent>
      <DialogActions>
        <MuiButton variant="contained" onClick={onClose}>
          {translate(t('close'))}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
};

/** 登记 of a report received by telephone, post, e-mail or in person. */
export const ComplaintCreate = () => {
  const redirect = useRedirect();
  const [registered, setRegistered] = useState<RegisteredComplaintRecord>();
  return (
    <>
      <Create
        redirect={false}
        mutationOptions={{ onSuccess: (data: unknown) => setRegistered(data as RegisteredComplaintRecord) }}
      >
        <SimpleForm>
          <SelectInput source="channel" choices={staffChannelChoices} defaultValue="HOTLINE" validate={required()} />
          <SelectInput source="category" choices={complaintCategoryChoices} validate={required()} />
          <TextInput source="title" validate={required()} fullWidth />
          <TextInput source="content" validate={required()} multiline minRows={4} fullWidth />
          <DateInput source="receivedOn" helperText="resources.complaints.received_on_help" />
          <TextInput source="concernedText" fullWidth />
          <ReferenceInput source="concernedUnitId" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }}>
            <AutocompleteInput optionText="name" sx={{ minWidth: 320 }} />
          </ReferenceInput>
          <ReferenceInput source="concernedPersonId" reference="people">
            <AutocompleteInput sx={{ minWidth: 320 }} />
          </ReferenceInput>
          <BooleanInput source="anonymous" defaultValue={false} />
          <FormDataConsumer<{ anonymous?: boolean }>>
            {({ formData }) =>
              formData.anonymous ? null : (
                <>
                  <TextInput source="reporterName" validate={required()} />
                  <TextInput source="reporterPhone" />
                  <TextInput source="reporterContact" fullWidth />
                </>
              )
            }
          </FormDataConsumer>
        </SimpleForm>
      </Create>
      {registered ? (
        <ReceiptDialog
          registered={registered}
          onClose={() => {
            setRegistered(undefined);
            redirect('show', 'complaints', registered.id);
          }}
        />
      ) : null}
    </>
  );
};
