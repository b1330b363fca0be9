import { AutocompleteInput, DateInput, ReferenceInput, TextInput, required } from 'react-admin';

/** The fields of a leading group, shared by the create and edit forms. */
export const LeadingGroupInputs = () => (
  <>
    <TextInput source="name" validate={required()} fullWidth />
    <TextInput source="documentNumber" />
    <DateInput source="establishedOn" />
    <ReferenceInput source="officeUnitId" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }}>
      <AutocompleteInput optionText="name" />
    </ReferenceInput>
    <TextInput source="duties" multiline minRows={3} fullWidth />
  </>
);
