import { AutocompleteInput, Create, NumberInput, ReferenceInput, SelectInput, SimpleForm, TextInput, minValue, required } from 'react-admin';
import { procurementMethodChoices } from '../common/enums';

export const ProcurementProjectCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <TextInput source="code" validate={required()} />
      <TextInput source="name" validate={required()} fullWidth />
      <SelectInput source="method" choices={procurementMethodChoices} validate={required()} />
      <NumberInput source="budget" validate={[required(), minValue(0)]} />
      <ReferenceInput source="purchaserUnitId" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }}>
        <AutocompleteInput optionText="name" validate={required()} sx={{ minWidth: 320 }} />
      </ReferenceInput>
    </SimpleForm>
  </Create>
);
