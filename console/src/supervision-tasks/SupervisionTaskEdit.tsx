import { Edit, SimpleForm } from 'react-admin';
import { SupervisionTaskInputs } from './SupervisionTaskInputs';

// An accepted task no longer changes; the server says so (ILLEGAL_TRANSITION).
export const SupervisionTaskEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <SupervisionTaskInputs />
    </SimpleForm>
  </Edit>
);
