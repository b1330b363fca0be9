import { Create, SimpleForm } from 'react-admin';
import { UnitInputs } from './UnitInputs';

export const UnitCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <UnitInputs />
    </SimpleForm>
  </Create>
);
