import { Edit, SimpleForm } from 'react-admin';
import { TrainingSessionInputs } from './TrainingSessionInputs';

export const TrainingSessionEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <TrainingSessionInputs />
    </SimpleForm>
  </Edit>
);
