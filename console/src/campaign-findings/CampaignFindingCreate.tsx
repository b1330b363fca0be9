import { AutocompleteInput, Create, ReferenceInput, SimpleForm, required } from 'react-admin';
import { FindingFields } from './FindingFields';

export const CampaignFindingCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <ReferenceInput source="campaignId" reference="campaigns" filter={{ status: 'ACTIVE' }}>
        <AutocompleteInput validate={required()} />
      </ReferenceInput>
      <FindingFields />
    </SimpleForm>
  </Create>
);
