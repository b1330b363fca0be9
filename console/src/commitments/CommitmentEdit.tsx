import { Edit, SimpleForm } from 'react-admin';
import { CommitmentInputs } from './CommitmentInputs';

// Only a pending commitment can change; the server says so (COMMITMENT_CLOSED) if it is no longer pending.
export const CommitmentEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <CommitmentInputs />
    </SimpleForm>
  </Edit>
);
