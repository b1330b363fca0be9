import { Edit, SimpleForm } from 'react-admin';
import { PolicyInputs } from './PolicyInputs';

export const PolicyEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <PolicyInputs />
    </SimpleForm>
  </Edit>
);
