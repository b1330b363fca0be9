import {
  AutocompleteInput,
  DateInput,
  Labeled,
  ReferenceInput,
  SelectInput,
  TextField,
  TextInput,
  required,
  useRecordContext,
} from 'react-admin';
import { partyRoleChoices } from '../common/enums';

/** The fields of a lawsuit, shared by the create and edit forms; the party unit is fixed once entered. */
export const LawsuitInputs = () => {
  const record = useRecordContext();
  return (
    <>
      <TextInput source="caseNumber" validate={required()} />
      <TextInput source="court" validate={required()} />
      <TextInput source="cause" validate={required()} fullWidth />
      {record?.id ? (
        <Labeled source="unitId">
          <TextField source="unit.name" />
        </Labeled>
      ) : (
        <ReferenceInput source="unitId" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }}>
          <AutocompleteInput optionText="name" validate={required()} />
        </ReferenceInput>
      )}
      <SelectInput source="partyRole" choices={partyRoleChoices} validate={required()} />
      <TextInput source="opposingParty" />
      <DateInput source="filedOn" validate={required()} />
    </>
  );
};
