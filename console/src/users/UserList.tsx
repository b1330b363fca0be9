import { ConsoleList } from '../common/ConsoleList';
import { BooleanField, DataTable, NullableBooleanInput, SearchInput, SelectInput, TextField } from 'react-admin';
import { EnumChipsField } from '../common/EnumChipsField';
import { roleChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />,
  <NullableBooleanInput key="active" source="active" />,
];

export const UserList = () => (
  <ConsoleList filters={filters} sort={{ field: 'username', order: 'ASC' }}>
    <DataTable>
      <DataTable.Col source="username" />
      <DataTable.Col source="displayName" />
      <DataTable.Col source="roles" disableSort>
        <EnumChipsField source="roles" enumName="Role" />
      </DataTable.Col>
      <DataTable.Col source="unit.name" label="resources.users.fields.unitId" disableSort>
        <TextField source="unit.name" />
      </DataTable.Col>
      <DataTable.Col source="active" disableSort>
        <BooleanField source="active" />
      </DataTable.Col>
      <DataTable.Col source="lastLoginAt">
        <LocaleDateField source="lastLoginAt" showTime />
      </DataTable.Col>
    </DataTable>
  </ConsoleList>
);
