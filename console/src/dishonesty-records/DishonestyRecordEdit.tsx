import { Edit, SimpleForm } from 'react-admin';
import { DishonestyRecordInputs } from './DishonestyRecordInputs';

// Drafts and returned records can change; the server refuses the rest (ILLEGAL_TRANSITION).
export const DishonestyRecordEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <DishonestyRecordInputs />
    </SimpleForm>
  </Edit>
);
