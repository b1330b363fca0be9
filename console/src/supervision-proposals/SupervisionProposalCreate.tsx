import { Create, SimpleForm } from 'react-admin';
import { SupervisionProposalInputs } from './SupervisionProposalInputs';

export const SupervisionProposalCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <SupervisionProposalInputs />
    </SimpleForm>
  </Create>
);
