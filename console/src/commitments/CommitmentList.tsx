import { ConsoleList } from '../common/ConsoleList';
import { DataTable, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { commitmentKindChoices, commitmentStatusChoices, subjectTypeChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';
import { StatusChipField } from '../common/StatusChipField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={commitmentStatusChoices} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={commitmentKindChoices} alwaysOn />,
  <SelectInput key="subjectType" source="subjectType" choices={subjectTypeChoices} />,
];

export const CommitmentList = () => (
  <ConsoleList filters={filters} sort={{ field: 'dueOn', order: 'ASC' }} perPage={25}>
    <DataTable>
      <DataTable.Col source="subjectName" />
      <DataTable.Col source="subjectType" disableSort>
        <SelectField source="subjectType" choices={subjectTypeChoices} />
      </DataTable.Col>
      <DataTable.Col source="kind" disableSort>
        <SelectField source="kind" choices={commitmentKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="content" disableSort />
      <DataTable.Col source="scopeUnit.name" label="resources.commitments.fields.scopeUnit" disableSort>
        <TextField source="scopeUnit.name" />
      </DataTable.Col>
      <DataTable.Col source="dueOn">
        <LocaleDateField source="dueOn" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <StatusChipField source="status" enumName="CommitmentStatus" />
      </DataTable.Col>
    </DataTable>
  </ConsoleList>
);
