import { Create, SimpleForm } from 'react-admin';
import { EnterpriseInputs } from './EnterpriseInputs';

export const EnterpriseCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <EnterpriseInputs />
    </SimpleForm>
  </Create>
);
