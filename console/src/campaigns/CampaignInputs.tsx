import { AutocompleteInput, DateInput, NumberInput, ReferenceInput, TextInput, minValue, required } from 'react-admin';

/** The fields of a campaign, shared by the create and edit forms. */
export const CampaignInputs = () => (
  <>
    <TextInput source="title" validate={required()} fullWidth />
    <TextInput source="documentNumber" />
    <TextInput source="description" multiline minRows={3} fullWidth />
    <ReferenceInput source="responsibleSectionId" reference="units" filter={{ kind: 'SECTION' }} sort={{ field: 'sortOrder', order: 'ASC' }}>
      <AutocompleteInput optionText="name" />
    </ReferenceInput>
    <DateInput source="startsOn" validate={required()} />
    <DateInput source="endsOn" validate={required()} />
    <NumberInput source="rectificationWorkingDays" validate={minValue(1)} />
  </>
);
