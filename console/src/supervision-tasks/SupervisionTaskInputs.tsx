import {
  AutocompleteInput,
  DateInput,
  FormDataConsumer,
  Labeled,
  ReferenceInput,
  TextField,
  TextInput,
  required,
  useRecordContext,
} from 'react-admin';

/** The fields of a supervision task, shared by the create and edit forms; the assigned unit is fixed once issued. */
export const SupervisionTaskInputs = () => {
  const record = useRecordContext();
  return (
    <>
      <TextInput source="title" validate={required()} fullWidth />
      <TextInput source="requirement" validate={required()} multiline minRows={3} fullWidth />
      {record?.id ? (
        <Labeled source="assignedUnitId">
          <TextField source="assignedUnit.name" />
        </Labeled>
      ) : (
        <ReferenceInput source="assignedUnitId" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }}>
          <AutocompleteInput optionText="name" validate={required()} />
        </ReferenceInput>
      )}
      <FormDataConsumer<{ assignedUnitId?: string }>>
        {({ formData }) => (
          <ReferenceInput source="responsiblePersonId" reference="people" filter={{ unitId: formData.assignedUnitId }}>
            <AutocompleteInput disabled={!formData.assignedUnitId} />
          </ReferenceInput>
        )}
      </FormDataConsumer>
      {record?.id ? null : (
        <>
          <ReferenceInput source="leadingGroupId" reference="leading-groups">
            <AutocompleteInput optionText="name" />
          </ReferenceInput>
          <DateInput source="assignedOn" />
        </>
      )}
      <DateInput source="dueOn" validate={required()} />
    </>
  );
};
