import { BooleanInput, SelectInput, TextInput, required } from 'react-admin';
import { complaintCategoryChoices } from '../common/enums';

/** The fields of a reply template, shared by the create and edit forms. */
export const ReplyTemplateInputs = () => (
  <>
    <SelectInput source="category" choices={complaintCategoryChoices} validate={required()} />
    <TextInput source="title" validate={required()} fullWidth />
    <TextInput source="body" validate={required()} multiline minRows={5} fullWidth helperText="resources.reply-templates.body_help" />
    <BooleanInput source="active" defaultValue />
  </>
);
