import { Create, SimpleForm } from 'react-admin';
import { CampaignInputs } from './CampaignInputs';

export const CampaignCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <CampaignInputs />
    </SimpleForm>
  </Create>
);
