import { Create, SimpleForm } from 'react-admin';
import { TrainingSessionInputs } from './TrainingSessionInputs';

export const TrainingSessionCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <TrainingSessionInputs />
    </SimpleForm>
  </Create>
);
