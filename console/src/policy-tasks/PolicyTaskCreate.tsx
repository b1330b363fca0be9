import { Create, SimpleForm } from 'react-admin';
import { PolicyTaskInputs } from './PolicyTaskInputs';

export const PolicyTaskCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <PolicyTaskInputs />
    </SimpleForm>
  </Create>
);
