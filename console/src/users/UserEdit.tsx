import {
  AutocompleteInput,
  BooleanInput,
  Edit,
  Labeled,
  ListButton,
  ReferenceInput,
  SelectArrayInput,
  SimpleForm,
  TextField,
  TextInput,
  TopToolbar,
  required,
} from 'react-admin';
import { roleChoices } from '../common/enums';
import { ResetPasswordButton } from './ResetPasswordButton';

const UserEditActions = () => (
  <TopToolbar>
    <ResetPasswordButton />
    <ListButton />
  </TopToolbar>
);

export const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" actions={<UserEditActions />}>
    <SimpleForm>
      <Labeled>
        <TextField source="username" />
      </Labeled>
      <TextInput source="displayName" validate={required()} />
      <SelectArrayInput source="roles" choices={roleChoices} validate={required()} />
      <ReferenceInput source="unitId" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }}>
        <AutocompleteInput optionText="name" />
      </ReferenceInput>
      <ReferenceInput source="personId" reference="people">
        <AutocompleteInput />
      </ReferenceInput>
      <BooleanInput source="active" />
    </SimpleForm>
  </Edit>
);
