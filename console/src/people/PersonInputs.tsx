import {
  AutocompleteInput,
  BooleanInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  required,
} from 'react-admin';
import { leadershipRoleChoices, personStatusChoices } from '../common/enums';

/** The fields of a member of staff, shared by the create and edit forms. */
export const PersonInputs = () => (
  <>
    <TextInput source="name" validate={required()} />
    <TextInput source="staffNumber" validate={required()} />
    <ReferenceInput source="unitId" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }}>
      <AutocompleteInput optionText="name" validate={required()} />
    </ReferenceInput>
    <TextInput source="position" />
    <SelectInput source="leadershipRole" choices={leadershipRoleChoices} defaultValue="NONE" />
    <BooleanInput source="isCivilServant" defaultValue={true} />
    <SelectInput source="status" choices={personStatusChoices} defaultValue="ACTIVE" />
    <TextInput source="nationalId" autoComplete="off" helperText="resources.people.national_id_help" />
  </>
);
