import { Create, SimpleForm } from 'react-admin';
import { CommitmentInputs } from './CommitmentInputs';

export const CommitmentCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <CommitmentInputs />
    </SimpleForm>
  </Create>
);
