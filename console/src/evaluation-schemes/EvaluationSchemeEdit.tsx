import { Edit, SimpleForm } from 'react-admin';
import { EvaluationSchemeInputs } from './EvaluationSchemeInputs';

/** Only drafts are edited (the show page offers the button for drafts only; the server refuses the others). */
export const EvaluationSchemeEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <EvaluationSchemeInputs />
    </SimpleForm>
  </Edit>
);
