import { Create, SimpleForm } from 'react-admin';
import { LawsuitInputs } from './LawsuitInputs';

export const LawsuitCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <LawsuitInputs />
    </SimpleForm>
  </Create>
);
