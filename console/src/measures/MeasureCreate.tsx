import { Create, SimpleForm } from 'react-admin';
import { MeasureInputs } from './MeasureInputs';

export const MeasureCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <MeasureInputs />
    </SimpleForm>
  </Create>
);
