import { Edit, SimpleForm } from 'react-admin';
import { LawsuitInputs } from './LawsuitInputs';

export const LawsuitEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <LawsuitInputs />
    </SimpleForm>
  </Edit>
);
