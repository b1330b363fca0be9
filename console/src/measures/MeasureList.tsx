import { ConsoleList } from '../common/ConsoleList';
import { BooleanField, DataTable, NullableBooleanInput, SelectField, SelectInput } from 'react-admin';
import { EnumChipsField } from '../common/EnumChipsField';
import { measureEffectChoices, measureKindChoices, severityChoices } from '../common/enums';

const filters = [
  <SelectInput key="kind" source="kind" choices={measureKindChoices} alwaysOn />,
  <NullableBooleanInput key="active" source="active" alwaysOn />,
];

// The catalogue is ordered by kind and code on the server; columns do not sort.
export const MeasureList = () => (
  <ConsoleList filters={filters} perPage={50}>
    <DataTable>
      <DataTable.Col source="code" disableSort />
      <DataTable.Col source="name" disableSort />
      <DataTable.Col source="kind" disableSort>
        <SelectField source="kind" choices={measureKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="effect" disableSort>
        <SelectField source="effect" choices={measureEffectChoices} />
      </DataTable.Col>
      <DataTable.Col source="automatic" disableSort>
        <BooleanField source="automatic" />
      </DataTable.Col>
      <DataTable.Col source="categories" disableSort>
        <EnumChipsField source="categories" enumName="RecordCategory" />
      </DataTable.Col>
      <DataTable.Col source="minSeverity" disableSort>
        <SelectField source="minSeverity" choices={severityChoices} emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="durationMonths" disableSort />
      <DataTable.Col source="active" disableSort>
        <BooleanField source="active" />
      </DataTable.Col>
    </DataTable>
  </ConsoleList>
);
