import { Edit, SimpleForm } from 'react-admin';
import { EnterpriseInputs } from './EnterpriseInputs';

export const EnterpriseEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <EnterpriseInputs />
    </SimpleForm>
  </Edit>
);
