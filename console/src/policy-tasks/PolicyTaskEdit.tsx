import { Edit, SimpleForm } from 'react-admin';
import { PolicyTaskInputs } from './PolicyTaskInputs';

export const PolicyTaskEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <PolicyTaskInputs />
    </SimpleForm>
  </Edit>
);
