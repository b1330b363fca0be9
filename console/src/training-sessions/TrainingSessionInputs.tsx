import {
  AutocompleteInput,
  BooleanInput,
  DateInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  minValue,
  required,
} from 'react-admin';
import { trainingKindChoices } from '../common/enums';

/** The fields of a training session, shared by the create and edit forms. */
export const TrainingSessionInputs = () => (
  <>
    <TextInput source="topic" validate={required()} fullWidth />
    <SelectInput source="kind" choices={trainingKindChoices} validate={required()} />
    <DateInput source="heldOn" validate={required()} />
    <NumberInput source="hours" validate={[required(), minValue(0)]} step={0.5} />
    <TextInput source="trainer" />
    <TextInput source="audience" fullWidth />
    <TextInput source="description" multiline minRows={2} fullWidth />
    <ReferenceInput source="organiserId" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }}>
      <AutocompleteInput optionText="name" />
    </ReferenceInput>
    <BooleanInput source="examRequired" />
    <NumberInput source="passMark" min={0} max={100} />
  </>
);
