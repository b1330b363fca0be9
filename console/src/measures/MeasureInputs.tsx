import {
  BooleanInput,
  Labeled,
  NumberInput,
  SelectArrayInput,
  SelectField,
  SelectInput,
  TextField,
  TextInput,
  maxValue,
  minValue,
  required,
  useRecordContext,
} from 'react-admin';
import {
  measureEffectChoices,
  measureKindChoices,
  recordCategoryChoices,
  severityChoices,
  subjectTypeChoices,
} from '../common/enums';

/** The fields of a catalogue entry, shared by the create and edit forms; code and kind are fixed once created. */
export const MeasureInputs = () => {
  const record = useRecordContext();
  return (
    <>
      {record?.id ? (
        <>
          <Labeled source="code">
            <TextField source="code" />
          </Labeled>
          <Labeled source="kind">
            <SelectField source="kind" choices={measureKindChoices} />
          </Labeled>
        </>
      ) : (
        <>
          <TextInput source="code" validate={required()} />
          <SelectInput source="kind" choices={measureKindChoices} validate={required()} />
        </>
      )}
      <TextInput source="name" validate={required()} fullWidth />
      <SelectInput source="effect" choices={measureEffectChoices} defaultValue="NONE" />
      <TextInput source="description" multiline minRows={2} fullWidth />
      <BooleanInput source="automatic" defaultValue={false} />
      <SelectArrayInput source="subjectTypes" choices={subjectTypeChoices} />
      <SelectArrayInput source="categories" choices={recordCategoryChoices} />
      <SelectInput source="minSeverity" choices={severityChoices} emptyText="—" />
      <BooleanInput source="appliesWhenMitigated" defaultValue={false} />
      <NumberInput source="durationMonths" defaultValue={0} validate={[minValue(0), maxValue(120)]} />
      {record?.id ? <BooleanInput source="active" /> : null}
    </>
  );
};
