import { AutocompleteInput, Create, DateInput, ReferenceInput, SimpleForm, TextInput, required } from 'react-admin';
import { SubjectInput } from '../common/SubjectInput';

/** Applies a measure by hand (an incentive such as the red list, or a punishment for a record). */
export const MeasureApplicationCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <ReferenceInput source="measureId" reference="measures" filter={{ active: true }}>
        <AutocompleteInput optionText="name" validate={required()} sx={{ minWidth: 320 }} />
      </ReferenceInput>
      <SubjectInput />
      <ReferenceInput source="recordId" reference="dishonesty-records" filter={{ status: 'CONFIRMED', repaired: false }}>
        <AutocompleteInput sx={{ minWidth: 320 }} />
      </ReferenceInput>
      <DateInput source="effectiveFrom" />
      <TextInput source="note" multiline fullWidth />
    </SimpleForm>
  </Create>
);
