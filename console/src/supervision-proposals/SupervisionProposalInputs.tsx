import { DateInput, SelectInput, TextArrayInput, TextInput, required, useRecordContext } from 'react-admin';
import { proposalKindChoices } from '../common/enums';

/** The fields of a suggestion or proposal as received; its kind is fixed once registered. */
export const SupervisionProposalInputs = () => {
  const record = useRecordContext();
  return (
    <>
      <SelectInput source="kind" choices={proposalKindChoices} validate={required()} disabled={!!record?.id} />
      <TextInput source="number" validate={required()} />
      <TextInput source="title" validate={required()} fullWidth />
      <TextInput source="content" validate={required()} multiline minRows={4} fullWidth />
      <TextArrayInput source="proposers" validate={required()} />
      <TextInput source="delegation" />
      <DateInput source="receivedOn" validate={required()} />
    </>
  );
};
