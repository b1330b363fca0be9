import { ConsoleList } from '../common/ConsoleList';
import { AutocompleteInput, DataTable, DateInput, ReferenceInput, SearchInput, SelectInput, TextField } from 'react-admin';
import { DeadlineField, statusIn } from '../common/DeadlineField';
import { policyTaskStatusChoices } from '../common/enums';
import { StatusChipField } from '../common/StatusChipField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={policyTaskStatusChoices} alwaysOn />,
  <ReferenceInput key="policyId" source="policyId" reference="policies" alwaysOn>
    <AutocompleteInput />
  </ReferenceInput>,
  <ReferenceInput key="unitId" source="unitId" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }}>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <DateInput key="deadlineBefore" source="deadlineBefore" />,
];

export const policyTaskOpen = statusIn('OPEN', 'IN_PROGRESS', 'OVERDUE');

export const PolicyTaskList = () => (
  <ConsoleList filters={filters} sort={{ field: 'deadline', order: 'ASC' }} perPage={25}>
    <DataTable>
      <DataTable.Col source="measure" disableSort />
      <DataTable.Col source="policy.title" label="resources.policy-tasks.fields.policyId" disableSort>
        <TextField source="policy.title" />
      </DataTable.Col>
      <DataTable.Col source="leadUnit.name" label="resources.policy-tasks.fields.leadUnitId" disableSort>
        <TextField source="leadUnit.name" />
      </DataTable.Col>
      <DataTable.Col source="deadline">
        <DeadlineField source="deadline" running={policyTaskOpen} />
      </DataTable.Col>
      <DataTable.Col source="status">
        <StatusChipField source="status" enumName="PolicyTaskStatus" />
      </DataTable.Col>
    </DataTable>
  </ConsoleList>
);
