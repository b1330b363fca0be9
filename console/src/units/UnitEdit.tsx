import { Edit, SimpleForm } from 'react-admin';
import { UnitInputs } from './UnitInputs';

// Pessimistic: the server may refuse the change (stale version, taken code), and the form must stay open to show why.
export const UnitEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <UnitInputs />
    </SimpleForm>
  </Edit>
);
