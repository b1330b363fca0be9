import { Edit, SimpleForm } from 'react-admin';
import { ReplyTemplateInputs } from './ReplyTemplateInputs';

export const ReplyTemplateEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm>
      <ReplyTemplateInputs />
    </SimpleForm>
  </Edit>
);
