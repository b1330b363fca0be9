import {
  AutocompleteInput,
  Create,
  DateInput,
  NumberInput,
  ReferenceInput,
  SimpleForm,
  TextInput,
  minValue,
  required,
} from 'react-admin';

/** A new project, in its preparation stage with the person who answers for it. */
export const PppProjectCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <TextInput source="code" validate={required()} />
      <TextInput source="name" validate={required()} fullWidth />
      <ReferenceInput source="implementingUnitId" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }}>
        <AutocompleteInput optionText="name" validate={required()} sx={{ minWidth: 320 }} />
      </ReferenceInput>
      <NumberInput source="totalInvestment" validate={[required(), minValue(0)]} />
      <DateInput source="startedOn" validate={required()} />
      <ReferenceInput source="responsiblePersonId" reference="people">
        <AutocompleteInput validate={required()} sx={{ minWidth: 320 }} />
      </ReferenceInput>
      <TextInput source="duties" validate={required()} multiline minRows={3} fullWidth />
    </SimpleForm>
  </Create>
);
