import {
  AutocompleteInput,
  Create,
  PasswordInput,
  ReferenceInput,
  SelectArrayInput,
  SimpleForm,
  TextInput,
  required,
} from 'react-admin';
import { roleChoices } from '../common/enums';

export const UserCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <TextInput source="username" validate={required()} autoComplete="off" />
      <TextInput source="displayName" validate={required()} />
      <PasswordInput source="password" validate={required()} autoComplete="new-password" />
      <SelectArrayInput source="roles" choices={roleChoices} validate={required()} />
      <ReferenceInput source="unitId" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }}>
        <AutocompleteInput optionText="name" />
      </ReferenceInput>
      <ReferenceInput source="personId" reference="people">
        <AutocompleteInput />
      </ReferenceInput>
    </SimpleForm>
  </Create>
);
