import { Create, SimpleForm } from 'react-admin';
import { SupervisionTaskInputs } from './SupervisionTaskInputs';

export const SupervisionTaskCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <SupervisionTaskInputs />
    </SimpleForm>
  </Create>
);
