import { AutocompleteInput, Create, DateInput, ReferenceInput, SelectInput, SimpleForm, TextInput, required } from 'react-admin';
import { judicialSuggestionKindChoices } from '../common/enums';

export const JudicialSuggestionCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <SelectInput source="kind" choices={judicialSuggestionKindChoices} validate={required()} />
      <TextInput source="documentNumber" />
      <TextInput source="issuingOrgan" validate={required()} />
      <TextInput source="content" validate={required()} multiline minRows={4} fullWidth />
      <ReferenceInput source="unitId" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }}>
        <AutocompleteInput optionText="name" validate={required()} />
      </ReferenceInput>
      <DateInput source="receivedOn" validate={required()} />
      <DateInput source="replyDueOn" />
    </SimpleForm>
  </Create>
);
