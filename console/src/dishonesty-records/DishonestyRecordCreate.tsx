import { Create, SimpleForm } from 'react-admin';
import { DishonestyRecordInputs } from './DishonestyRecordInputs';

// A new record is a draft (草稿): the recorder submits it from its page.
export const DishonestyRecordCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <DishonestyRecordInputs />
    </SimpleForm>
  </Create>
);
