import { Edit, SimpleForm } from 'react-admin';
import { CampaignInputs } from './CampaignInputs';

export const CampaignEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <CampaignInputs />
    </SimpleForm>
  </Edit>
);
