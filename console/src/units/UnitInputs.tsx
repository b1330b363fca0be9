import {
  AutocompleteInput,
  BooleanInput,
  NumberInput,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  TextInput,
  required,
  useRecordContext,
} from 'react-admin';
import { planAreaChoices, unitKindChoices } from '../common/enums';

/** The fields of a unit, shared by the create and edit forms. */
export const UnitInputs = () => {
  const record = useRecordContext();
  return (
    <>
      <TextInput source="code" validate={required()} />
      <TextInput source="name" validate={required()} />
      <TextInput source="shortName" />
      <SelectInput source="kind" choices={unitKindChoices} validate={required()} />
      <ReferenceInput source="parentId" reference="units">
        <AutocompleteInput optionText="name" />
      </ReferenceInput>
      {record?.id ? (
        // A head is chosen from the unit's own staff, so it can only be set once the unit exists.
        <ReferenceInput source="headId" reference="people" filter={{ unitId: record.id }}>
          <AutocompleteInput optionText="name" />
        </ReferenceInput>
      ) : null}
      <SelectArrayInput source="responsibleAreas" choices={planAreaChoices} />
      <TextInput source="phone" />
      <BooleanInput source="active" defaultValue={true} />
      <NumberInput source="sortOrder" defaultValue={0} />
    </>
  );
};
