import { Create, SimpleForm } from 'react-admin';
import { LeadingGroupInputs } from './LeadingGroupInputs';

export const LeadingGroupCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <LeadingGroupInputs />
    </SimpleForm>
  </Create>
);
