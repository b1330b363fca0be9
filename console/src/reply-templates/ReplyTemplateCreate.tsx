import { Create, SimpleForm } from 'react-admin';
import { ReplyTemplateInputs } from './ReplyTemplateInputs';

export const ReplyTemplateCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <ReplyTemplateInputs />
    </SimpleForm>
  </Create>
);
