import { Create, SimpleForm } from 'react-admin';
import { PolicyInputs } from './PolicyInputs';

export const PolicyCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <PolicyInputs />
    </SimpleForm>
  </Create>
);
