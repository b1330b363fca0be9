import { Edit, SimpleForm } from 'react-admin';
import { LeadingGroupInputs } from './LeadingGroupInputs';

export const LeadingGroupEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <LeadingGroupInputs />
    </SimpleForm>
  </Edit>
);
