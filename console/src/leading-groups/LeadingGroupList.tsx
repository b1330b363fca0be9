import { ConsoleList } from '../common/ConsoleList';
import { DataTable, SearchInput, TextField } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export const LeadingGroupList = () => (
  <ConsoleList filters={filters} sort={{ field: 'establishedOn', order: 'DESC' }}>
    <DataTable>
      <DataTable.Col source="name" />
      <DataTable.Col source="documentNumber" disableSort />
      <DataTable.Col source="establishedOn">
        <LocaleDateField source="establishedOn" />
      </DataTable.Col>
      <DataTable.Col source="officeUnit.name" label="resources.leading-groups.fields.officeUnitId" disableSort>
        <TextField source="officeUnit.name" />
      </DataTable.Col>
    </DataTable>
  </ConsoleList>
);
