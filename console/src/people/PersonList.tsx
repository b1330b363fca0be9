import { ConsoleList } from '../common/ConsoleList';
import { AutocompleteInput, BooleanField, DataTable, NullableBooleanInput, ReferenceInput, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { leadershipRoleChoices, personStatusChoices } from '../common/enums';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="unitId" source="unitId" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }} alwaysOn>
    <AutocompleteInput optionText="name" sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  <NullableBooleanInput key="isCivilServant" source="isCivilServant" alwaysOn />,
  <SelectInput key="status" source="status" choices={personStatusChoices} />,
  <SelectInput key="leadershipRole" source="leadershipRole" choices={leadershipRoleChoices} />,
];

export const PersonList = () => (
  <ConsoleList filters={filters} sort={{ field: 'staffNumber', order: 'ASC' }} perPage={25}>
    <DataTable>
      <DataTable.Col source="staffNumber" />
      <DataTable.Col source="name" />
      <DataTable.Col source="unit.name" label="resources.people.fields.unitId" disableSort>
        <TextField source="unit.name" />
      </DataTable.Col>
      <DataTable.Col source="position" />
      <DataTable.Col source="leadershipRole" disableSort>
        <SelectField source="leadershipRole" choices={leadershipRoleChoices} />
      </DataTable.Col>
      <DataTable.Col source="isCivilServant" disableSort>
        <BooleanField source="isCivilServant" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <SelectField source="status" choices={personStatusChoices} />
      </DataTable.Col>
    </DataTable>
  </ConsoleList>
);
