import { ConsoleList } from '../common/ConsoleList';
import { BooleanField, DataTable, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { unitKindChoices } from '../common/enums';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={unitKindChoices} alwaysOn />,
];

export const UnitList = () => (
  <ConsoleList filters={filters} sort={{ field: 'sortOrder', order: 'ASC' }} perPage={50}>
    <DataTable>
      <DataTable.Col source="code" />
      <DataTable.Col source="name" />
      <DataTable.Col source="kind">
        <SelectField source="kind" choices={unitKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="parent.name" label="resources.units.fields.parentId" disableSort>
        <TextField source="parent.name" />
      </DataTable.Col>
      <DataTable.Col source="head.name" label="resources.units.fields.headId" disableSort>
        <TextField source="head.name" />
      </DataTable.Col>
      <DataTable.Col source="phone" disableSort />
      <DataTable.Col source="active" disableSort>
        <BooleanField source="active" />
      </DataTable.Col>
    </DataTable>
  </ConsoleList>
);
