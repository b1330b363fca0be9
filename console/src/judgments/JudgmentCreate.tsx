import { AutocompleteInput, Create, DateInput, ReferenceInput, SimpleForm, TextInput, required } from 'react-admin';

export const JudgmentCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <ReferenceInput source="lawsuitId" reference="lawsuits" filter={{ status: 'OPEN' }}>
        <AutocompleteInput validate={required()} />
      </ReferenceInput>
      <TextInput source="documentNumber" />
      <TextInput source="obligation" validate={required()} multiline minRows={2} fullWidth />
      <DateInput source="effectiveOn" validate={required()} />
      <DateInput source="fulfilBy" validate={required()} />
    </SimpleForm>
  </Create>
);
