import { Edit, SimpleForm } from 'react-admin';
import { SupervisionProposalInputs } from './SupervisionProposalInputs';

// A closed item no longer changes; the server says so (ILLEGAL_TRANSITION).
export const SupervisionProposalEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <SupervisionProposalInputs />
    </SimpleForm>
  </Edit>
);
