import { Edit, SimpleForm } from 'react-admin';
import { MeasureInputs } from './MeasureInputs';

export const MeasureEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <MeasureInputs />
    </SimpleForm>
  </Edit>
);
