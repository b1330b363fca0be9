import { ConsoleList } from '../common/ConsoleList';
import { AutocompleteInput, DataTable, DateInput, ReferenceInput, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { lawsuitStatusChoices, partyRoleChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';
import { StatusChipField } from '../common/StatusChipField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={lawsuitStatusChoices} alwaysOn />,
  <SelectInput key="partyRole" source="partyRole" choices={partyRoleChoices} />,
  <ReferenceInput key="unitId" source="unitId" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }}>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <DateInput key="filedFrom" source="filedFrom" />,
  <DateInput key="filedTo" source="filedTo" />,
];

export const LawsuitList = () => (
  <ConsoleList filters={filters} sort={{ field: 'filedOn', order: 'DESC' }} perPage={25}>
    <DataTable>
      <DataTable.Col source="caseNumber" />
      <DataTable.Col source="court" disableSort />
      <DataTable.Col source="cause" disableSort />
      <DataTable.Col source="unit.name" label="resources.lawsuits.fields.unitId" disableSort>
        <TextField source="unit.name" />
      </DataTable.Col>
      <DataTable.Col source="partyRole" disableSort>
        <SelectField source="partyRole" choices={partyRoleChoices} />
      </DataTable.Col>
      <DataTable.Col source="filedOn">
        <LocaleDateField source="filedOn" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <StatusChipField source="status" enumName="LawsuitStatus" />
      </DataTable.Col>
    </DataTable>
  </ConsoleList>
);
