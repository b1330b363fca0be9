import { AutocompleteInput, DateInput, ReferenceInput, SelectInput, TextInput, required } from 'react-admin';
import { policyLevelChoices } from '../common/enums';

/** The fields of a policy, shared by the create and edit forms; the server fixes the dates once it is in force. */
export const PolicyInputs = () => (
  <>
    <TextInput source="title" validate={required()} fullWidth />
    <TextInput source="documentNumber" validate={required()} />
    <SelectInput source="level" choices={policyLevelChoices} validate={required()} />
    <TextInput source="issuedBy" />
    <DateInput source="issuedOn" validate={required()} />
    <DateInput source="effectiveFrom" validate={required()} />
    <DateInput source="effectiveTo" />
    <TextInput source="summary" multiline minRows={3} fullWidth />
    <ReferenceInput source="responsibleSectionId" reference="units" filter={{ kind: 'SECTION' }} sort={{ field: 'sortOrder', order: 'ASC' }}>
      <AutocompleteInput optionText="name" />
    </ReferenceInput>
    <ReferenceInput source="replacesId" reference="policies" filter={{ status: 'IN_FORCE' }}>
      <AutocompleteInput />
    </ReferenceInput>
  </>
);
